// SPDX-License-Identifier: GPL-3.0-or-later
// `tangent FILE --export-figure OUT --size WxH`: the window's figure written without a window, on
// a machine without a display; exit 0, or 2 with a message and no file.

#include "clitestsupport.h"

#include <fstream>
#include <iterator>
#include <sstream>

namespace tangent::clitest {
namespace {

class TangentExportFigure : public CliTest {
protected:
    /// `tangent` with no display to reach and a home of its own (its recent files stay there).
    [[nodiscard]] std::string tangent() const
    {
        return "env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= HOME=" + shellQuote(work().string()) + " "
            + shellQuote(TANGENT_GUI_PATH);
    }

    [[nodiscard]] static std::string bytes(const fs::path& path)
    {
        std::ifstream in(path, std::ios::binary);
        return { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
    }

    [[nodiscard]] static std::string sample(const char* name)
    {
        return std::string(TANGENT_SAMPLES_DIR) + "/" + name + ".csv";
    }
};

TEST_F(TangentExportFigure, AStackedPdfWithoutAWindowOrADisplay)
{
    const fs::path out = work() / "figure.pdf";
    const CliRun run = runCommand(tangent(),
        { sample("daily-weather"), "--export-figure", out.string(), "--size", "1600x900", "--layout", "stacked" });
    ASSERT_EQ(run.status, 0) << run.err;
    const std::string pdf = bytes(out);
    ASSERT_EQ(pdf.rfind("%PDF", 0), 0U);
    // 1600 × 900 pixels at 96 DPI: a page of 1200 × 675 points.
    // (Read without std::regex, which GCC 12 warns about under the sanitizers.)
    const std::string key = "/MediaBox [0 0 ";
    const std::size_t at = pdf.find(key);
    ASSERT_NE(at, std::string::npos);
    std::istringstream box(pdf.substr(at + key.size(), 64));
    double width = 0;
    double height = 0;
    ASSERT_TRUE(box >> width >> height);
    EXPECT_NEAR(width, 1200, 0.5);
    EXPECT_NEAR(height, 675, 0.5);
}

TEST_F(TangentExportFigure, APngOfThePixelsAskedFor)
{
    const fs::path out = work() / "figure.png";
    const CliRun run = runCommand(
        tangent(), { sample("noisy-sine"), "--export-figure", out.string(), "--size", "800x500", "--theme", "dark" });
    ASSERT_EQ(run.status, 0) << run.err;
    const std::string png = bytes(out);
    ASSERT_GT(png.size(), 24U);
    ASSERT_EQ(png.substr(1, 3), "PNG");
    // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
    const auto be32 = [&png](std::size_t at) {
        return (static_cast<unsigned>(static_cast<unsigned char>(png[at])) << 24U)
            | (static_cast<unsigned>(static_cast<unsigned char>(png[at + 1])) << 16U)
            | (static_cast<unsigned>(static_cast<unsigned char>(png[at + 2])) << 8U)
            | static_cast<unsigned>(static_cast<unsigned char>(png[at + 3]));
    };
    EXPECT_EQ(be32(16), 800U);
    EXPECT_EQ(be32(20), 500U);
}

TEST_F(TangentExportFigure, BadRequestsExitTwoWithAMessageAndNoFile)
{
    const fs::path jpg = work() / "figure.jpg";
    const CliRun format = runCommand(tangent(), { sample("noisy-sine"), "--export-figure", jpg.string() });
    EXPECT_EQ(format.status, 2);
    EXPECT_NE(format.err.find(".png, .svg or .pdf"), std::string::npos) << format.err;
    EXPECT_FALSE(fs::exists(jpg));

    const fs::path pdf = work() / "figure.pdf";
    const CliRun size
        = runCommand(tangent(), { sample("noisy-sine"), "--export-figure", pdf.string(), "--size", "huge" });
    EXPECT_EQ(size.status, 2);
    EXPECT_NE(size.err.find("--size"), std::string::npos) << size.err;

    const CliRun nothing = runCommand(tangent(), { "--export-figure", pdf.string() });
    EXPECT_EQ(nothing.status, 2);
    EXPECT_NE(nothing.err.find("FILE"), std::string::npos) << nothing.err;

    const std::string ragged = put("ragged.csv", "x,y\n1,2\n3\n");
    const CliRun unreadable = runCommand(tangent(), { ragged, "--export-figure", pdf.string() });
    EXPECT_EQ(unreadable.status, 2);
    EXPECT_NE(unreadable.err.find("ragged.csv"), std::string::npos) << unreadable.err;
    EXPECT_FALSE(fs::exists(pdf));
}

} // namespace
} // namespace tangent::clitest
