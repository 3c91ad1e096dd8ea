// SPDX-License-Identifier: GPL-3.0-or-later
// tangent-cli: differentiate CSV and .npy files from the command line.
#include "app/cli/cli.h"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    std::ios::sync_with_stdio(false);
    const std::vector<std::string> args(argv + 1, argv + argc);
    return tangent::runCli(args, std::cout, std::cerr);
}
