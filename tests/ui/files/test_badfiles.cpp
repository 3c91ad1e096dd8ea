// SPDX-License-Identifier: GPL-3.0-or-later
// Bad files opened in the window: whatever is wrong with the file, the open table stays exactly as
// it was (cells, settings, path, modified flag, undo history) and a message names the file and
// says what is wrong and where.

#include "tests/ui/uitestsupport.h"
#include "ui/document/document.h"
#include "ui/files/filecontroller.h"
#include "ui/files/tablefilecheck.h"
#include "ui/mainwindow.h"

#include "core/errors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace tangent::ui {
namespace {

using testing::numberColumn;
using testing::sameBits;

QString writeBytes(const QTemporaryDir& dir, const QString& name, const std::string& bytes)
{
    QFile file(dir.filePath(name));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    EXPECT_EQ(file.write(bytes.data(), static_cast<qint64>(bytes.size())), static_cast<qint64>(bytes.size()));
    return file.fileName();
}

/// A .npy file with `header` (the dict text) and `data` after it, padded as numpy pads.
std::string npy(const std::string& header, const std::string& data)
{
    std::string dict = header;
    while ((10 + dict.size() + 1) % 64 != 0)
        dict += ' ';
    dict += '\n';
    std::string bytes = "\x93NUMPY\x01";
    bytes += '\0';
    bytes += static_cast<char>(dict.size() & 0xFF);
    bytes += static_cast<char>(dict.size() >> 8);
    return bytes + dict + data;
}

std::string doubles(int count)
{
    std::string bytes;
    for (int i = 0; i < count; ++i) {
        const double v = i;
        bytes.append(reinterpret_cast<const char*>(&v), sizeof v);
    }
    return bytes;
}

/// The start of an executable (as when a binary is opened by mistake), then noise.
std::string binaryGarbage()
{
    std::string bytes("\x7f"
                      "ELF\x02\x01\x01",
        7);
    bytes.append(9, '\0');
    unsigned state = 12345;
    for (int i = 0; i < 4096; ++i) {
        state = state * 1103515245u + 12345u;
        bytes += static_cast<char>(state >> 24);
    }
    return bytes;
}

/// As root, the permission bits are not checked: the reader runs as "nobody" while this lives.
class UnprivilegedReader {
public:
    UnprivilegedReader() : m_wasRoot(geteuid() == 0)
    {
        if (m_wasRoot)
            m_dropped = seteuid(65534) == 0;
    }
    ~UnprivilegedReader()
    {
        if (m_dropped) {
            EXPECT_EQ(seteuid(0), 0);
        }
    }
    UnprivilegedReader(const UnprivilegedReader&) = delete;
    UnprivilegedReader& operator=(const UnprivilegedReader&) = delete;
    [[nodiscard]] bool permissionsApply() const { return !m_wasRoot || m_dropped; }

private:
    bool m_wasRoot;
    bool m_dropped = false;
};

struct BadFile {
    const char* name;
    std::function<QString(const QTemporaryDir&)> make;
    const char* expected; // part of the message that says what is wrong (and where)
    bool needsUnprivilegedReader = false;
};

const BadFile kBadFiles[] = {
    { "EmptyFile", [](const QTemporaryDir& d) { return writeBytes(d, "empty.csv", ""); }, "the file is empty" },
    { "HeaderOnly", [](const QTemporaryDir& d) { return writeBytes(d, "header.csv", "time,temp\n"); },
        "row 1: the file has a header but no data rows" },
    { "BinaryGarbage", [](const QTemporaryDir& d) { return writeBytes(d, "garbage.csv", binaryGarbage()); },
        "row 1: character 8 is a zero byte: this is binary data" },
    { "RaggedRows", [](const QTemporaryDir& d) { return writeBytes(d, "ragged.csv", "x,y\n1,2\n3,4,5\n6,7\n"); },
        "row 3, column 3: this row has 3 fields" },
    { "OneHundredMegabyteLine",
        [](const QTemporaryDir& d) {
            std::string line;
            line.reserve(100'000'001);
            while (line.size() < 100'000'000)
                line += "1,";
            return writeBytes(d, "long.csv", line + "\n");
        },
        "row 1: this line is 95 MB long" },
    { "InvalidUtf8",
        [](const QTemporaryDir& d) {
            return writeBytes(d, "latin1.csv",
                "x,temp \xb0"
                "C\n1,2\n2,3\n");
        },
        "row 1: character 8 (byte 0xB0) is not UTF-8" },
    { "NoNumericColumn", [](const QTemporaryDir& d) { return writeBytes(d, "names.csv", "a,b\nfoo,bar\nbaz,qux\n"); },
        "no column holds numbers or dates" },
    { "NpyShapeLargerThanFile",
        [](const QTemporaryDir& d) {
            return writeBytes(
                d, "shape.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1000000,), }", doubles(10)));
        },
        "expected 8000000 bytes of data" },
    { "NpyUnknownDtype",
        [](const QTemporaryDir& d) {
            return writeBytes(
                d, "dtype.npy", npy("{'descr': '<c16', 'fortran_order': False, 'shape': (5,), }", doubles(10)));
        },
        "unsupported dtype '<c16'" },
    { "NpyTruncatedData",
        [](const QTemporaryDir& d) {
            return writeBytes(d, "cut.npy",
                npy("{'descr': '<f8', 'fortran_order': False, 'shape': (10,), }", doubles(10).substr(0, 75)));
        },
        "found 75" },
    { "Directory",
        [](const QTemporaryDir& d) {
            QDir(d.path()).mkdir(QStringLiteral("folder.csv"));
            return d.filePath(QStringLiteral("folder.csv"));
        },
        "this is a folder, not a file" },
    { "NamedPipe",
        [](const QTemporaryDir& d) {
            const QString path = d.filePath(QStringLiteral("pipe.csv"));
            EXPECT_EQ(mkfifo(path.toLocal8Bit().constData(), 0644), 0);
            return path;
        },
        "this is not a regular file" },
    { "NoReadPermission",
        [](const QTemporaryDir& d) {
            const QString path = writeBytes(d, "secret.csv", "x,y\n1,2\n2,3\n");
            QFile::setPermissions(path, {});
            // "nobody" must be able to reach the file to be refused by its own permission bits.
            QFile::setPermissions(d.path(), QFile::permissions(d.path()) | QFile::ExeOther | QFile::ReadOther);
            return path;
        },
        "Permission denied", true },
    { "DeletedAfterChoosing",
        [](const QTemporaryDir& d) {
            const QString path = writeBytes(d, "gone.csv", "x,y\n1,2\n2,3\n");
            QFile::remove(path); // chosen in the dialog, then deleted before it is read
            return path;
        },
        "No such file or directory" },
};

// Names the row in failure messages instead of dumping the struct's bytes.
[[maybe_unused]] void PrintTo(const BadFile& bad, std::ostream* out)
{
    *out << bad.name;
}

/// Everything about the document a failed open must not change.
struct DocumentState {
    std::vector<Column> columns;
    DerivativeSettings settings;
    QString path;
    bool modified = false;
    int undoCount = 0;
    int undoIndex = 0;
    int cleanIndex = 0;

    explicit DocumentState(Document& d)
        : columns(d.columns()),
          settings(d.settings()),
          path(d.filePath()),
          modified(d.isModified()),
          undoCount(d.undoStack()->count()),
          undoIndex(d.undoStack()->index()),
          cleanIndex(d.undoStack()->cleanIndex())
    {
    }
};

void expectUnchanged(Document& doc, const DocumentState& before)
{
    const DocumentState after(doc);
    ASSERT_EQ(after.columns.size(), before.columns.size());
    for (std::size_t c = 0; c < before.columns.size(); ++c) {
        EXPECT_EQ(after.columns[c].name, before.columns[c].name);
        EXPECT_EQ(after.columns[c].unit, before.columns[c].unit);
        EXPECT_TRUE(sameBits(after.columns[c].values, before.columns[c].values)) << "column " << c;
    }
    EXPECT_EQ(after.settings, before.settings);
    EXPECT_EQ(after.path, before.path);
    EXPECT_EQ(after.modified, before.modified);
    EXPECT_EQ(after.undoCount, before.undoCount);
    EXPECT_EQ(after.undoIndex, before.undoIndex);
    EXPECT_EQ(after.cleanIndex, before.cleanIndex);
}

class BadFileOpen : public ::testing::TestWithParam<BadFile> { };

TEST_P(BadFileOpen, KeepsTheDocumentAndSaysWhatIsWrongAndWhere)
{
    const BadFile& bad = GetParam();
    QTemporaryDir dir;
    const QString path = bad.make(dir);

    // An open table with an edit in its history, saved (so opening another file is not refused
    // for unsaved changes: the reader really runs).
    MainWindow window;
    Document* doc = window.document();
    doc->loadColumns({ numberColumn("t", { 0, 1, 2, 3 }, "s"), numberColumn("v", { 1, 4, 9, 16 }, "m") },
        dir.filePath(QStringLiteral("kept.csv")));
    doc->setValue(2, 1, 10.0);
    DerivativeSettings s = doc->settings();
    s.edgeOrder = 2;
    doc->setSettings(s);
    doc->undoStack()->setClean();
    const DocumentState before(*doc);

    QSignalSpy finished(window.files(), &FileController::loadFinished);
    QSignalSpy messages(window.files(), &FileController::message);
    {
        std::optional<UnprivilegedReader> reader;
        if (bad.needsUnprivilegedReader) {
            reader.emplace();
            if (!reader->permissionsApply())
                GTEST_SKIP() << "running as root and cannot act as another user: permissions are not checked";
        }
        window.files()->openPath(path);
        ASSERT_TRUE(finished.wait(60000)) << "the load never finished";
    }
    EXPECT_FALSE(finished.first().first().toBool());
    expectUnchanged(*doc, before);
    ASSERT_FALSE(messages.isEmpty());
    const QString message = messages.last().first().toString();
    EXPECT_TRUE(message.contains(QFileInfo(path).fileName())) << message.toStdString();
    EXPECT_TRUE(message.contains(QString::fromUtf8(bad.expected))) << message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Window, BadFileOpen, ::testing::ValuesIn(kBadFiles),
    [](const ::testing::TestParamInfo<BadFile>& info) { return std::string(info.param.name); });

TEST(TableFileCheck, AcceptsUtf8AndRefusesMalformedSequences)
{
    EXPECT_NO_THROW(checkText("\xEF\xBB\xBFtemp [\xC2\xB0"
                              "C],\xE2\x88\x82,\xF0\x9F\x93\x88\r\n1,2,3\n",
        "ok.csv"));
    for (const char* bad : { "\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xC3", "\x80" }) {
        try {
            checkText(std::string("x\n1") + bad + "\n", "bad.csv");
            ADD_FAILURE() << "accepted " << ::testing::PrintToString(std::string(bad));
        } catch (const InputError& e) {
            EXPECT_EQ(e.row(), 2u);
            EXPECT_NE(e.message().find("character 2"), std::string::npos) << e.what();
        }
    }
}

TEST(TableFileCheck, NamesUtf16AsSuch)
{
    const std::string utf16("\xFF\xFEx\0,\0y\0\n\0", 10);
    try {
        checkText(utf16, "unicode.txt");
        ADD_FAILURE() << "accepted UTF-16";
    } catch (const InputError& e) {
        EXPECT_NE(e.message().find("UTF-16"), std::string::npos) << e.what();
    }
}

} // namespace
} // namespace tangent::ui
