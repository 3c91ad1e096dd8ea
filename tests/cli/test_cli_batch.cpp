// SPDX-License-Identifier: GPL-3.0-or-later
// tangent-cli with several inputs: one output per input in a folder (DIR/<stem>.csv or .npy),
// --jobs, failures that do not stop the other files, the summary on stderr and the exit status.

#include "tests/cli/clitestsupport.h"

namespace tangent::clitest {
namespace {

constexpr const char* kLine = "x,y\n0,0\n1,1\n2,4\n3,9\n";
constexpr const char* kLineResult = "x,y,d(y)/d(x)\n0,0,1\n1,1,2\n2,4,4\n3,9,5\n";
constexpr const char* kOther = "t,v\n0,1\n2,1\n4,1\n";
constexpr const char* kOtherResult = "t,v,d(v)/d(t)\n0,1,0\n2,1,0\n4,1,0\n";

/// `path` as a -o argument that asks for a folder: with a trailing '/'. (Appended in steps: GCC 12
/// warns falsely, -Wrestrict, about string + literal.)
std::string folder(const fs::path& path)
{
    std::string text = path.string();
    text += '/';
    return text;
}

std::string numbered(int i)
{
    std::string name = "f";
    name += std::to_string(i);
    name += ".csv";
    return name;
}

using CliBatch = CliTest;

TEST_F(CliBatch, WritesOneOutputPerInputNamedByTheRule)
{
    fs::create_directory(work() / "in");
    const std::string a = put("in/a.csv", kLine);
    const std::string b = put("in/b.tsv", "t\tv\n0\t1\n2\t1\n4\t1\n");
    const std::string out = folder(work() / "out");
    const CliRun run = this->run({ a, b, "-o", out });
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(withoutGeneralProvenance(readFile(work() / "out" / "a.csv")), kLineResult);
    EXPECT_EQ(withoutGeneralProvenance(readFile(work() / "out" / "b.csv")), kOtherResult);
    EXPECT_NE(run.err.find("2 files: 2 written"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("0 failed"), std::string::npos) << run.err;
}

TEST_F(CliBatch, OneFailureDoesNotStopTheOthers)
{
    const std::string a = put("a.csv", kLine);
    const std::string bad = put("bad.csv", "x,y\n1,2\n2,3,4\n");
    const std::string c = put("c.csv", kOther);
    const fs::path out = work() / "out";
    const CliRun run = this->run({ a, bad, c, (work() / "missing.csv").string(), "-o", folder(out), "--jobs", "2" });
    EXPECT_EQ(run.status, 2);
    EXPECT_EQ(withoutGeneralProvenance(readFile(out / "a.csv")), kLineResult);
    EXPECT_EQ(withoutGeneralProvenance(readFile(out / "c.csv")), kOtherResult);
    EXPECT_FALSE(fs::exists(out / "bad.csv"));
    EXPECT_EQ(std::distance(fs::directory_iterator(out), fs::directory_iterator()), 2);
    // The error names the file and the row; the summary comes last and names both failures.
    EXPECT_NE(run.err.find("bad.csv: row 3"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("missing.csv: cannot open"), std::string::npos) << run.err;
    const std::string last = run.err.substr(run.err.rfind('\n', run.err.size() - 2) + 1);
    EXPECT_NE(last.find("4 files: 2 written"), std::string::npos) << last;
    EXPECT_NE(last.find("2 failed ("), std::string::npos) << last;
    EXPECT_NE(last.find("bad.csv"), std::string::npos) << last;
    EXPECT_NE(last.find("missing.csv"), std::string::npos) << last;
}

TEST_F(CliBatch, ManyJobsGiveTheSameFilesAsOne)
{
    std::vector<std::string> inputs;
    for (int i = 0; i < 12; ++i)
        inputs.push_back(put(numbered(i), i % 2 == 0 ? kLine : kOther));
    std::vector<std::string> args = inputs;
    args.insert(args.end(), { "-o", folder(work() / "serial") });
    ASSERT_EQ(this->run(args).status, 0);
    args = inputs;
    args.insert(args.end(), { "-o", folder(work() / "parallel"), "-j", "4" });
    ASSERT_EQ(this->run(args).status, 0);
    for (int i = 0; i < 12; ++i) {
        const std::string name = numbered(i);
        EXPECT_EQ(readFile(work() / "parallel" / name), readFile(work() / "serial" / name)) << name;
        EXPECT_EQ(
            withoutGeneralProvenance(readFile(work() / "parallel" / name)), i % 2 == 0 ? kLineResult : kOtherResult)
            << name;
    }
}

TEST_F(CliBatch, NpyInputKeepsItsExtension)
{
    const std::string npy = (kGolden / "npy" / "f4_le.npy").string();
    const CliRun run = this->run({ npy, put("a.csv", kLine), "-o", folder(work() / "out") });
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(readFile(work() / "out" / "f4_le.npy").rfind("\x93NUMPY", 0), 0U);
    EXPECT_TRUE(fs::exists(work() / "out" / "a.csv"));
}

TEST_F(CliBatch, TwoInputsOntoOneOutputAreRefusedBeforeAnythingRuns)
{
    fs::create_directories(work() / "one");
    fs::create_directories(work() / "two");
    const std::string a = put("one/a.csv", kLine);
    const std::string b = put("two/a.csv", kOther);
    expectFailure(this->run({ a, b, "-o", folder(work() / "out") }), { "one/a.csv", "two/a.csv", "both" });
    EXPECT_FALSE(fs::exists(work() / "out"));
}

TEST_F(CliBatch, AnOutputOverItsOwnInputIsRefused)
{
    const std::string a = put("a.csv", kLine);
    const std::string b = put("b.csv", kOther);
    expectFailure(this->run({ a, b, "-o", folder(work()) }), { "a.csv", "replaced by its own result" });
    EXPECT_EQ(readFile(work() / "a.csv"), kLine);
}

TEST_F(CliBatch, StandardInputCannotBeOneOfSeveral)
{
    expectFailure(this->run({ put("a.csv", kLine), "-", "-o", folder(work() / "out") }), { "standard input" });
}

} // namespace
} // namespace tangent::clitest
