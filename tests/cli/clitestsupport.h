// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Running the built tangent-cli in a child process, in a scratch folder, and reading what it wrote.

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <sys/wait.h>

namespace tangent::clitest {

namespace fs = std::filesystem;

inline const fs::path kSamples = TANGENT_SAMPLES_DIR;
inline const fs::path kGolden = TANGENT_GOLDEN_DIR;

/// What one run of tangent-cli did.
struct CliRun {
    int status = -1; ///< exit status, or -1 if it did not exit normally (a crash)
    std::string out;
    std::string err;
};

inline std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
}

inline void writeFile(const fs::path& path, std::string_view bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

/// Single-quotes `arg` for /bin/sh.
inline std::string shellQuote(std::string_view arg)
{
    std::string quoted = "'";
    for (char c : arg) {
        if (c == '\'')
            quoted += "'\\''";
        else
            quoted += c;
    }
    return quoted + "'";
}

/// A fresh scratch folder per test: `work()` holds inputs and outputs the CLI sees, the
/// captured stdout/stderr live elsewhere so that `work()` can be checked for stray files.
class CliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        std::string name = std::string(info->test_suite_name()) + "." + info->name();
        std::string pattern = (fs::temp_directory_path() / ("tangent-cli-test-XXXXXX")).string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr) << "cannot create a scratch folder for " << name;
        m_root = pattern;
        fs::create_directory(work());
        fs::create_directory(m_root / "capture");
    }

    void TearDown() override
    {
        std::error_code ignored;
        fs::remove_all(m_root, ignored);
    }

    [[nodiscard]] fs::path work() const { return m_root / "work"; }

    /// Writes `bytes` to work()/name and returns the path as a string.
    [[nodiscard]] std::string put(const std::string& name, std::string_view bytes) const
    {
        writeFile(work() / name, bytes);
        return (work() / name).string();
    }

    /// Runs tangent-cli with `args`; standard input comes from `stdinPath` (or /dev/null).
    [[nodiscard]] CliRun run(const std::vector<std::string>& args, const std::string& stdinPath = "/dev/null") const
    {
        return runCommand(shellQuote(TANGENT_CLI_PATH), args, stdinPath);
    }

    /// Runs the shell command `program` (already quoted) followed by the quoted `args`.
    [[nodiscard]] CliRun runCommand(const std::string& program, const std::vector<std::string>& args,
        const std::string& stdinPath = "/dev/null") const
    {
        const fs::path outPath = m_root / "capture" / "stdout";
        const fs::path errPath = m_root / "capture" / "stderr";
        // Appended piece by piece: GCC 12 warns (-Wrestrict, falsely) about "literal" + string.
        std::string command = program;
        for (const std::string& arg : args) {
            command += ' ';
            command += shellQuote(arg);
        }
        command += " <";
        command += shellQuote(stdinPath);
        command += " >";
        command += shellQuote(outPath.string());
        command += " 2>";
        command += shellQuote(errPath.string());
        const int raw = std::system(command.c_str());
        CliRun result;
        result.status = raw != -1 && WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
        result.out = readFile(outPath);
        result.err = readFile(errPath);
        return result;
    }

    /// The names of the files in work().
    [[nodiscard]] std::set<std::string> workFiles() const
    {
        std::set<std::string> names;
        for (const auto& entry : fs::directory_iterator(work()))
            names.insert(entry.path().filename().string());
        return names;
    }

private:
    fs::path m_root;
};

/// A failed run: exit status 2, nothing on stdout, one line on stderr that contains each of
/// `fragments`.
inline void expectFailure(const CliRun& run, const std::vector<std::string>& fragments)
{
    EXPECT_EQ(run.status, 2) << run.err;
    EXPECT_EQ(run.out, "");
    ASSERT_FALSE(run.err.empty());
    EXPECT_EQ(run.err.find('\n'), run.err.size() - 1) << "not one line: " << run.err;
    EXPECT_EQ(run.err.rfind("tangent-cli: ", 0), 0U) << run.err;
    for (const std::string& fragment : fragments)
        EXPECT_NE(run.err.find(fragment), std::string::npos) << "'" << fragment << "' missing from: " << run.err;
}

/// Parses a whole field as a double, strictly (no spaces, no trailing text); fails the test otherwise.
inline double parseNumber(std::string_view field)
{
    double value = 0.0;
    const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), value);
    EXPECT_TRUE(error == std::errc() && end == field.data() + field.size()) << "not a number: '" << field << "'";
    return value;
}

/// The lines of `text`, without their line ends.
inline std::vector<std::string> textLines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line))
        out.push_back(line);
    return out;
}

/// `text` without the provenance lines every derivative CSV starts with whatever the method
/// (core/engine/provenance.cpp: what computed it, x or the spacing, the orders, numpy's call, the
/// grouping), so that a test can compare the method's own lines and the table.
inline std::string withoutGeneralProvenance(const std::string& text)
{
    static constexpr std::string_view kGeneral[] = { "# derivative computed by Tangent ", "# x column: ", "# spacing: ",
        "# edge order: ", "# derivative order: ", "# numpy equivalent: ", "# grouped by: " };
    std::string kept;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (std::none_of(std::begin(kGeneral), std::end(kGeneral),
                [&](std::string_view prefix) { return line.starts_with(prefix); }))
            kept += line + '\n';
    }
    return kept;
}

inline std::vector<std::string> splitFields(std::string_view line, char delimiter)
{
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = line.find(delimiter, start);
        fields.emplace_back(line.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            return fields;
        start = end + 1;
    }
}

/// A table as tangent-cli writes it, or as the samples are written: '#' comment lines, a header,
/// rows of numbers. Cells that are not numbers (empty, NA, dates) read as NaN.
struct Table {
    std::vector<std::string> names;
    std::vector<std::vector<double>> columns;
};

/// Reads `text` with this test's own minimal reader (no quotes), independent of core/io/csv.cpp.
/// `strict` fails the test for any field that is not entirely a number (for tangent-cli's output).
inline Table parseTable(const std::string& text, char delimiter = ',', bool strict = false)
{
    Table table;
    std::istringstream lines(text);
    std::string line;
    bool header = true;
    while (std::getline(lines, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || line[0] == '#')
            continue;
        const std::vector<std::string> fields = splitFields(line, delimiter);
        if (header) {
            table.names = fields;
            table.columns.resize(fields.size());
            header = false;
            continue;
        }
        EXPECT_EQ(fields.size(), table.names.size()) << "ragged output line: " << line;
        for (std::size_t i = 0; i < fields.size() && i < table.columns.size(); ++i) {
            double value = std::nan("");
            if (strict)
                value = parseNumber(fields[i]);
            else
                std::from_chars(fields[i].data(), fields[i].data() + fields[i].size(), value);
            table.columns[i].push_back(value);
        }
    }
    return table;
}

/// Equal bit patterns, except that any NaN matches any NaN ("nan" in text keeps no payload).
inline void expectSameBits(
    const std::vector<double>& actual, const std::vector<double>& expected, const std::string& what)
{
    ASSERT_EQ(actual.size(), expected.size()) << what;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        if (std::isnan(expected[i])) {
            EXPECT_TRUE(std::isnan(actual[i])) << what << " [" << i << "]";
            continue;
        }
        EXPECT_EQ(std::bit_cast<std::uint64_t>(actual[i]), std::bit_cast<std::uint64_t>(expected[i]))
            << what << " [" << i << "]: " << actual[i] << " vs " << expected[i];
    }
}

} // namespace tangent::clitest
