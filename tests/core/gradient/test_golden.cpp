// numpy parity: runs every case of tests/golden/gradient/*.txt (written by numpy.gradient, see
// tests/golden/make_gradient_golden.py for the format) through tangent::gradient.
// float64 results must match numpy bit for bit; float32 input within 4 float ulps (the core
// computes in double, numpy 1.24 partly in float32); error cases must throw the mapped kind.

#include "core/gradient/gradient.h"
#include "core/gradient/ndarray.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace {

using tangent::DType;
using tangent::GradientError;
using tangent::GradientErrorKind;
using tangent::GradientOptions;
using tangent::NdArray;
using tangent::Spacing;
using tangent::StridedView;

constexpr int kFloatUlps = 4;
constexpr int kMaxReportedMismatches = 5;

// ---- The golden cases ------------------------------------------------------------------------

struct SpacingArg {
    std::string kind; // h, h0d, x, a2
    DType dtype = DType::Float64;
    std::vector<std::size_t> shape;
    std::vector<double> values;
};

struct GoldenCase {
    std::string name;
    std::string where; // file:line of the "case" record
    std::string note;
    DType dtype = DType::Float64;
    std::vector<std::size_t> shape;
    std::string layout = "C";
    std::vector<double> f;
    std::optional<std::vector<int>> axes;
    int edge = 1;
    std::vector<SpacingArg> spacing;
    std::vector<std::vector<double>> outputs;
    std::string errorKind; // empty for a value case
    std::string numpyText;
};

struct GoldenSet {
    std::vector<GoldenCase> cases;
    std::string error; // why the files could not be read; empty if they could
};

std::optional<DType> parseDType(const std::string& name)
{
    static const std::map<std::string, DType> names = {
        { "f8", DType::Float64 },
        { "f4", DType::Float32 },
        { "i1", DType::Int8 },
        { "i2", DType::Int16 },
        { "i4", DType::Int32 },
        { "i8", DType::Int64 },
        { "u1", DType::UInt8 },
        { "u2", DType::UInt16 },
        { "u4", DType::UInt32 },
        { "u8", DType::UInt64 },
    };
    const auto it = names.find(name);
    if (it == names.end()) {
        return std::nullopt;
    }
    return it->second;
}

bool isFloat(DType type)
{
    return type == DType::Float64 || type == DType::Float32;
}
bool isSigned(DType type)
{
    return type == DType::Int8 || type == DType::Int16 || type == DType::Int32 || type == DType::Int64;
}

// Tokens of one record line; throws std::runtime_error with a readable reason.
class Tokens {
public:
    explicit Tokens(const std::string& line) : m_in(line) { }

    bool next(std::string& token) { return static_cast<bool>(m_in >> token); }

    std::string word()
    {
        std::string token;
        if (!next(token)) {
            throw std::runtime_error("missing token");
        }
        return token;
    }

    long long integer()
    {
        const std::string token = word();
        char* end = nullptr;
        errno = 0;
        const long long v = std::strtoll(token.c_str(), &end, 10);
        if (errno != 0 || *end != '\0') {
            throw std::runtime_error("bad integer '" + token + "'");
        }
        return v;
    }

    // A value of `type`: hex float for float dtypes, a decimal integer converted to double (as
    // numpy's astype(float64)) for integer dtypes.
    double value(DType type)
    {
        const std::string token = word();
        char* end = nullptr;
        errno = 0;
        double v = 0.0;
        if (isFloat(type)) {
            v = std::strtod(token.c_str(), &end);
            errno = 0; // ERANGE for subnormals is not an error here
        } else if (isSigned(type)) {
            v = static_cast<double>(std::strtoll(token.c_str(), &end, 10));
        } else {
            v = static_cast<double>(std::strtoull(token.c_str(), &end, 10));
        }
        if (errno != 0 || end == token.c_str() || *end != '\0') {
            throw std::runtime_error("bad value '" + token + "'");
        }
        return v;
    }

    std::vector<double> rest(DType type)
    {
        std::vector<double> values;
        while (!(m_in >> std::ws).eof()) {
            values.push_back(value(type));
        }
        return values;
    }

    std::string restOfLine()
    {
        std::string text;
        std::getline(m_in >> std::ws, text);
        return text;
    }

private:
    std::istringstream m_in;
};

std::size_t sizeOf(const std::vector<std::size_t>& shape)
{
    std::size_t n = 1;
    for (const std::size_t d : shape) {
        n *= d;
    }
    return n;
}

SpacingArg parseSpacing(Tokens& t)
{
    SpacingArg s;
    s.kind = t.word();
    if (s.kind == "h" || s.kind == "h0d") {
        s.values = { t.value(DType::Float64) };
    } else if (s.kind == "x") {
        const auto type = parseDType(t.word());
        if (!type) {
            throw std::runtime_error("bad coordinate dtype");
        }
        s.dtype = *type;
        s.shape = { static_cast<std::size_t>(t.integer()) };
        s.values = t.rest(s.dtype);
    } else if (s.kind == "a2") {
        const auto rows = static_cast<std::size_t>(t.integer());
        const auto cols = static_cast<std::size_t>(t.integer());
        s.shape = { rows, cols };
        s.values = t.rest(DType::Float64);
    } else {
        throw std::runtime_error("unknown spacing kind '" + s.kind + "'");
    }
    if (s.kind != "h" && s.kind != "h0d" && s.values.size() != sizeOf(s.shape)) {
        throw std::runtime_error("spacing value count does not match its shape");
    }
    return s;
}

void checkComplete(const GoldenCase& c)
{
    if (c.f.size() != sizeOf(c.shape)) {
        throw std::runtime_error("f has " + std::to_string(c.f.size()) + " values for its shape");
    }
    if (!c.errorKind.empty()) {
        if (c.numpyText.empty() || !c.outputs.empty()) {
            throw std::runtime_error("an error case needs a 'numpy' record and no outputs");
        }
        return;
    }
    for (const auto& g : c.outputs) {
        if (g.size() != c.f.size()) {
            throw std::runtime_error("an output has the wrong number of values");
        }
    }
}

void parseFile(const std::filesystem::path& path, std::vector<GoldenCase>& cases)
{
    std::ifstream in(path);
    if (!in) {
        throw std::runtime_error("cannot open " + path.string());
    }
    std::string line;
    int lineNo = 0;
    std::optional<GoldenCase> current;
    std::size_t expectedOutputs = 0;
    try {
        while (std::getline(in, line)) {
            ++lineNo;
            if (line.empty() || line[0] == '#') {
                continue;
            }
            Tokens t(line);
            const std::string key = t.word();
            if (key == "case") {
                if (current) {
                    throw std::runtime_error("'case' inside a case");
                }
                current.emplace();
                current->name = t.word();
                current->where = path.filename().string() + ":" + std::to_string(lineNo);
                continue;
            }
            if (!current) {
                throw std::runtime_error("record '" + key + "' outside a case");
            }
            GoldenCase& c = *current;
            if (key == "note") {
                c.note = t.restOfLine();
            } else if (key == "dtype") {
                const auto type = parseDType(t.word());
                if (!type) {
                    throw std::runtime_error("bad dtype");
                }
                c.dtype = *type;
            } else if (key == "shape") {
                for (const double d : t.rest(DType::Int64)) {
                    c.shape.push_back(static_cast<std::size_t>(d));
                }
            } else if (key == "layout") {
                c.layout = t.word();
                if (c.layout != "C" && c.layout != "F" && c.layout != "reversed") {
                    throw std::runtime_error("bad layout");
                }
            } else if (key == "f") {
                c.f = t.rest(c.dtype);
            } else if (key == "axes") {
                std::string token;
                std::vector<int> axes;
                bool none = false;
                while (t.next(token)) {
                    if (token == "none") {
                        none = true;
                    } else {
                        axes.push_back(std::stoi(token));
                    }
                }
                c.axes = none ? std::nullopt : std::optional<std::vector<int>>(axes);
            } else if (key == "edge") {
                c.edge = static_cast<int>(t.integer());
            } else if (key == "sp") {
                c.spacing.push_back(parseSpacing(t));
            } else if (key == "out") {
                expectedOutputs = static_cast<std::size_t>(t.integer());
            } else if (key == "g") {
                c.outputs.push_back(t.rest(c.dtype == DType::Float32 ? DType::Float32 : DType::Float64));
            } else if (key == "error") {
                c.errorKind = t.word();
            } else if (key == "numpy") {
                c.numpyText = t.restOfLine();
            } else if (key == "end") {
                if (c.errorKind.empty() && c.outputs.size() != expectedOutputs) {
                    throw std::runtime_error("case has " + std::to_string(c.outputs.size()) + " outputs, 'out' says "
                        + std::to_string(expectedOutputs));
                }
                checkComplete(c);
                cases.push_back(std::move(c));
                current.reset();
                expectedOutputs = 0;
            } else {
                throw std::runtime_error("unknown record '" + key + "'");
            }
        }
    } catch (const std::exception& e) {
        throw std::runtime_error(path.string() + ":" + std::to_string(lineNo) + ": " + e.what());
    }
    if (current) {
        throw std::runtime_error(path.string() + ": last case has no 'end'");
    }
}

GoldenSet loadGoldenSet()
{
    GoldenSet set;
    try {
        const std::filesystem::path dir = std::filesystem::path(TANGENT_GOLDEN_DIR) / "gradient";
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(dir)) {
            if (entry.path().extension() == ".txt") {
                files.push_back(entry.path());
            }
        }
        std::sort(files.begin(), files.end());
        if (files.empty()) {
            throw std::runtime_error("no golden files in " + dir.string());
        }
        for (const auto& file : files) {
            parseFile(file, set.cases);
        }
        std::set<std::string> names;
        for (const auto& c : set.cases) {
            if (!names.insert(c.name).second) {
                throw std::runtime_error("duplicate case name " + c.name);
            }
        }
    } catch (const std::exception& e) {
        set.cases.clear();
        set.error = e.what();
    }
    return set;
}

const GoldenSet& goldenSet()
{
    static const GoldenSet set = loadGoldenSet();
    return set;
}

// Stands in for the cases when the files cannot be read, so that the failure shows in ctest.
constexpr const char* kUnreadable = "golden_files_unreadable";

std::vector<std::string> caseNames(bool errors)
{
    const GoldenSet& set = goldenSet();
    if (!set.error.empty()) {
        return { kUnreadable };
    }
    std::vector<std::string> names;
    for (const auto& c : set.cases) {
        if (c.errorKind.empty() != errors) {
            names.push_back(c.name);
        }
    }
    return names;
}

const GoldenCase* findCase(const std::string& name)
{
    for (const auto& c : goldenSet().cases) {
        if (c.name == name) {
            return &c;
        }
    }
    return nullptr;
}

// ---- Feeding a case to the API ---------------------------------------------------------------

// f stored in the case's layout and viewed as the logical array numpy saw.
class GoldenInput {
public:
    explicit GoldenInput(const GoldenCase& c) : m_array(c.shape, c.f, c.dtype)
    {
        if (c.layout == "C") {
            m_view = StridedView::of(m_array);
        } else if (c.layout == "F") {
            m_storage.resize(c.f.size());
            std::vector<std::size_t> index(c.shape.size(), 0);
            for (const double v : c.f) { // logical row-major order
                std::size_t offset = 0;
                std::size_t stride = 1;
                for (std::size_t k = 0; k < c.shape.size(); ++k) {
                    offset += index[k] * stride;
                    stride *= c.shape[k];
                }
                m_storage[offset] = v;
                for (std::size_t k = c.shape.size(); k-- > 0;) {
                    if (++index[k] < c.shape[k]) {
                        break;
                    }
                    index[k] = 0;
                }
            }
            m_view = StridedView::fortranOrder(m_storage.data(), c.shape);
        } else {
            // Reversing every axis of a row-major array reverses its buffer.
            m_storage.assign(c.f.rbegin(), c.f.rend());
            m_view.data = m_storage.data() + (m_storage.empty() ? 0 : m_storage.size() - 1);
            m_view.shape = c.shape;
            m_view.strides = tangent::cOrderStrides(c.shape);
            for (auto& s : m_view.strides) {
                s = -s;
            }
        }
    }
    GoldenInput(const GoldenInput&) = delete;
    GoldenInput& operator=(const GoldenInput&) = delete;

    [[nodiscard]] const StridedView& view() const { return m_view; }

private:
    NdArray m_array;
    std::vector<double> m_storage;
    StridedView m_view;
};

Spacing makeSpacing(const SpacingArg& s)
{
    if (s.kind == "h") {
        return Spacing::uniform(s.values[0]);
    }
    if (s.kind == "h0d") {
        return Spacing::fromArray(NdArray({}, s.values));
    }
    if (s.kind == "x" && s.dtype == DType::Float64) {
        return Spacing::coordinates(s.values);
    }
    return Spacing::fromArray(NdArray(s.shape, s.values, s.dtype)); // integer x, or a2
}

GradientOptions makeOptions(const GoldenCase& c)
{
    GradientOptions options;
    options.axes = c.axes;
    options.edgeOrder = c.edge;
    for (const auto& s : c.spacing) {
        options.spacing.push_back(makeSpacing(s));
    }
    return options;
}

// The 1-D overloads apply to a 1-D f with all axes and at most one scalar or coordinate spacing.
bool fitsOneDimensionalOverload(const GoldenCase& c)
{
    const bool allAxes = !c.axes || *c.axes == std::vector<int> { 0 } || *c.axes == std::vector<int> { -1 };
    return c.shape.size() == 1 && allAxes && c.spacing.size() <= 1 && (c.spacing.empty() || c.spacing[0].kind != "a2");
}

std::vector<double> oneDimensionalOverload(const GoldenCase& c)
{
    if (!c.spacing.empty() && c.spacing[0].kind == "x") {
        return tangent::gradient(std::span<const double>(c.f), std::span<const double>(c.spacing[0].values), c.edge);
    }
    const double h = c.spacing.empty() ? 1.0 : c.spacing[0].values[0];
    return tangent::gradient(std::span<const double>(c.f), h, c.edge);
}

const char* kindName(GradientErrorKind kind)
{
    switch (kind) {
    case GradientErrorKind::AxisOutOfRange:
        return "AxisOutOfRange";
    case GradientErrorKind::RepeatedAxis:
        return "RepeatedAxis";
    case GradientErrorKind::InvalidSpacingCount:
        return "InvalidSpacingCount";
    case GradientErrorKind::SpacingRankTooHigh:
        return "SpacingRankTooHigh";
    case GradientErrorKind::CoordinateLengthMismatch:
        return "CoordinateLengthMismatch";
    case GradientErrorKind::CoordinatesTooShort:
        return "CoordinatesTooShort";
    case GradientErrorKind::BadEdgeOrder:
        return "BadEdgeOrder";
    case GradientErrorKind::TooFewPoints:
        return "TooFewPoints";
    case GradientErrorKind::BadDerivativeOrder:
        return "BadDerivativeOrder";
    }
    return "(unknown GradientErrorKind)";
}

// ---- Comparison --------------------------------------------------------------------------------

std::string show(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%a (%.17g)", v, v);
    return buf;
}

std::string multiIndex(std::size_t flat, const std::vector<std::size_t>& shape)
{
    std::vector<std::size_t> index(shape.size());
    for (std::size_t k = shape.size(); k-- > 0;) {
        index[k] = flat % shape[k];
        flat /= shape[k];
    }
    std::string text = "[";
    for (std::size_t k = 0; k < index.size(); ++k) {
        text += (k ? ", " : "") + std::to_string(index[k]);
    }
    return text + "]";
}

bool sameFloat64(double expected, double got)
{
    if (std::isnan(expected) || std::isnan(got)) {
        return std::isnan(expected) && std::isnan(got);
    }
    return std::bit_cast<std::uint64_t>(expected) == std::bit_cast<std::uint64_t>(got);
}

// Floats mapped onto integers that count ulps, monotonically over -inf .. +inf.
std::int64_t orderedFloat(float v)
{
    const auto bits = static_cast<std::int64_t>(std::bit_cast<std::int32_t>(v));
    return bits < 0 ? std::int64_t { INT32_MIN } - bits : bits;
}

bool closeFloat32(double expectedWide, double got, std::int64_t* ulps)
{
    const auto expected = static_cast<float>(expectedWide); // exact: numpy's float32 output
    const auto rounded = static_cast<float>(got); // what a caller stores for f4 input
    *ulps = 0;
    if (std::isnan(expected) || std::isnan(rounded)) {
        return std::isnan(expected) && std::isnan(rounded);
    }
    if (std::isinf(expected) || std::isinf(rounded)) {
        return expected == rounded;
    }
    *ulps = std::abs(orderedFloat(expected) - orderedFloat(rounded));
    return *ulps <= kFloatUlps;
}

// Compares one result array with numpy's; returns the number of mismatches reported.
int compareOutput(const GoldenCase& c, const std::string& label, const std::vector<double>& expected,
    const std::vector<double>& got, int budget)
{
    if (got.size() != expected.size()) {
        ADD_FAILURE() << c.name << " " << label << ": " << got.size() << " values, numpy has " << expected.size();
        return 1;
    }
    int reported = 0;
    for (std::size_t i = 0; i < expected.size() && reported < budget; ++i) {
        std::int64_t ulps = 0;
        const bool ok
            = c.dtype == DType::Float32 ? closeFloat32(expected[i], got[i], &ulps) : sameFloat64(expected[i], got[i]);
        if (!ok) {
            ++reported;
            ADD_FAILURE() << c.name << " (" << c.where << ") " << label << " index " << i << " "
                          << multiIndex(i, c.shape) << ": expected " << show(expected[i]) << ", got " << show(got[i])
                          << (c.dtype == DType::Float32 ? ", " + std::to_string(ulps) + " float ulps" : "");
        }
    }
    return reported;
}

std::string axisLabel(const GoldenCase& c, std::size_t k)
{
    if (c.axes) {
        return "output " + std::to_string(k) + " (axis " + std::to_string((*c.axes)[k]) + ")";
    }
    return "output " + std::to_string(k) + " (axis " + std::to_string(k) + ")";
}

// ---- The tests ---------------------------------------------------------------------------------

std::string paramName(const testing::TestParamInfo<std::string>& info)
{
    return info.param;
}

class GoldenValues : public testing::TestWithParam<std::string> { };
class GoldenErrors : public testing::TestWithParam<std::string> { };

TEST_P(GoldenValues, MatchesNumpy)
{
    ASSERT_TRUE(goldenSet().error.empty()) << goldenSet().error;
    const GoldenCase* found = findCase(GetParam());
    ASSERT_NE(found, nullptr);
    const GoldenCase& c = *found;
    SCOPED_TRACE(c.where + (c.note.empty() ? "" : ": " + c.note));

    const GoldenInput input(c);
    std::vector<NdArray> results;
    try {
        results = tangent::gradient(input.view(), makeOptions(c));
    } catch (const std::exception& e) {
        FAIL() << c.name << ": threw where numpy returned " << c.outputs.size() << " arrays: " << e.what();
    }
    ASSERT_EQ(results.size(), c.outputs.size()) << c.name << ": number of outputs";
    int budget = kMaxReportedMismatches;
    for (std::size_t k = 0; k < results.size() && budget > 0; ++k) {
        EXPECT_EQ(results[k].shape, c.shape) << c.name << " " << axisLabel(c, k) << ": shape";
        budget -= compareOutput(c, axisLabel(c, k), c.outputs[k], results[k].data, budget);
    }

    if (fitsOneDimensionalOverload(c) && budget > 0) {
        std::vector<double> got;
        try {
            got = oneDimensionalOverload(c);
        } catch (const std::exception& e) {
            FAIL() << c.name << ": the 1-D overload threw: " << e.what();
        }
        compareOutput(c, "1-D overload", c.outputs[0], got, budget);
    }
}

TEST_P(GoldenErrors, ThrowsLikeNumpy)
{
    ASSERT_TRUE(goldenSet().error.empty()) << goldenSet().error;
    const GoldenCase* found = findCase(GetParam());
    ASSERT_NE(found, nullptr);
    const GoldenCase& c = *found;
    SCOPED_TRACE(c.where + (c.note.empty() ? "" : ": " + c.note) + "; numpy: " + c.numpyText);

    const auto expectThrows = [&c](const std::string& how, const auto& call) {
        try {
            call();
            ADD_FAILURE() << c.name << " (" << how << "): nothing thrown, expected GradientError " << c.errorKind;
        } catch (const GradientError& e) {
            EXPECT_EQ(kindName(e.kind()), c.errorKind) << c.name << " (" << how << "): " << e.what();
            EXPECT_GT(std::strlen(e.what()), 0U) << c.name << " (" << how << "): empty what()";
        } catch (const std::exception& e) {
            ADD_FAILURE() << c.name << " (" << how << "): threw something other than GradientError: " << e.what();
        }
    };
    expectThrows("N-D", [&c] {
        const GoldenInput input(c);
        (void)tangent::gradient(input.view(), makeOptions(c));
    });
    if (fitsOneDimensionalOverload(c)) {
        expectThrows("1-D overload", [&c] { (void)oneDimensionalOverload(c); });
    }
}

INSTANTIATE_TEST_SUITE_P(Golden, GoldenValues, testing::ValuesIn(caseNames(false)), paramName);
INSTANTIATE_TEST_SUITE_P(Golden, GoldenErrors, testing::ValuesIn(caseNames(true)), paramName);

// The golden data must stay a real test: enough cases, every kind of error present.
TEST(GoldenData, CoversEveryCaseKind)
{
    ASSERT_TRUE(goldenSet().error.empty()) << goldenSet().error;
    std::set<std::string> kinds;
    std::set<std::string> layouts;
    std::set<DType> dtypes;
    std::size_t values = 0;
    for (const auto& c : goldenSet().cases) {
        if (c.errorKind.empty()) {
            ++values;
            layouts.insert(c.layout);
            dtypes.insert(c.dtype);
        } else {
            kinds.insert(c.errorKind);
        }
    }
    EXPECT_GE(values, 150U);
    EXPECT_EQ(layouts.size(), 3U);
    EXPECT_EQ(dtypes.size(), 10U);
    for (const char* kind : { "AxisOutOfRange", "RepeatedAxis", "InvalidSpacingCount", "SpacingRankTooHigh",
             "CoordinateLengthMismatch", "CoordinatesTooShort", "BadEdgeOrder", "TooFewPoints" }) {
        EXPECT_TRUE(kinds.count(kind)) << "no golden case for " << kind;
    }
}

} // namespace
