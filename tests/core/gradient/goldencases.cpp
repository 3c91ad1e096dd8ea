// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/gradient/goldencases.h"

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

namespace tangent::golden {

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

} // namespace tangent::golden
