// SPDX-License-Identifier: GPL-3.0-or-later
// Times one noisy-data derivative of a 1-D .npy array, for bench/smoothing_accuracy.py, which
// times scipy on the same array in the same run.
//
// Usage: smoothing_bench FILE.npy METHOD H REPEATS [--window W]
// Prints the best wall-clock time of REPEATS runs in seconds and that run's CPU time, then the
// provenance line. On a busy machine the CPU time shows what the wall clock hides.

#include "core/io/npy.h"
#include "core/smoothing/smoothing.h"

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    if (argc < 5) {
        std::cerr << "usage: smoothing_bench FILE.npy METHOD H REPEATS [--window W]\n";
        return 2;
    }
    try {
        const tangent::NdArray y = tangent::readNpyFile(argv[1]);
        tangent::SmoothingOptions options;
        options.method = tangent::parseMethodName(argv[2]).value();
        options.smoothedCurve = false; // as scipy's savgol_filter(deriv=1) computes only the derivative
        const double h = std::strtod(argv[3], nullptr);
        const int repeats = std::atoi(argv[4]);
        if (argc >= 7 && std::string(argv[5]) == "--window")
            options.window = std::atoi(argv[6]);
        double best = 1e300;
        double bestCpu = 0.0;
        tangent::SmoothingResult result;
        for (int r = 0; r < repeats; ++r) {
            const auto start = std::chrono::steady_clock::now();
            const std::clock_t cpuStart = std::clock();
            result = tangent::smoothDerivative(tangent::Series { y.data, {}, h }, options);
            const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
            if (elapsed.count() < best) {
                best = elapsed.count();
                bestCpu = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
            }
        }
        std::cout << best << ' ' << bestCpu << '\n' << result.provenance() << '\n';
    } catch (const std::exception& e) {
        std::cerr << "smoothing_bench: " << e.what() << '\n';
        return 2;
    }
    return 0;
}
