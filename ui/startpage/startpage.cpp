// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/startpage/startpage.h"

#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace tangent::ui {
namespace {

QStringList localFiles(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
    return label;
}

} // namespace

StartPage::StartPage(const QStringList& samples, QWidget* parent)
    : QWidget(parent),
      m_recent(new QListWidget(this)),
      m_samples(new QListWidget(this)),
      m_open(new QPushButton(tr("&Open a File…"), this)),
      m_dropArea(new QFrame(this))
{
    setObjectName(QStringLiteral("startPage"));
    setAcceptDrops(true);
    setAutoFillBackground(true);

    auto* title = new QLabel(tr("<h1>Tangent</h1><p>The derivative of tabular data, computed exactly as "
                                "numpy.gradient computes it.</p>"),
        this);
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);

    m_open->setObjectName(QStringLiteral("startOpen"));
    m_open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_open->setDefault(true);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openRequested);

    m_recent->setObjectName(QStringLiteral("startRecent"));
    m_recent->setSpacing(3);
    m_recent->setAccessibleName(tr("Recent files"));
    m_samples->setObjectName(QStringLiteral("startSamples"));
    m_samples->setSpacing(3);
    m_samples->setAccessibleName(tr("Samples"));
    for (const QString& name : samples) {
        auto* item = new QListWidgetItem(name, m_samples);
        item->setData(Qt::UserRole, name);
        item->setToolTip(tr("Open the bundled sample %1").arg(name));
    }
    connect(m_recent, &QListWidget::itemActivated, this, [this](const QListWidgetItem* item) {
        if (const QString path = item->data(Qt::UserRole).toString(); !path.isEmpty())
            emit pathsRequested({ path });
    });
    connect(m_samples, &QListWidget::itemActivated, this,
        [this](const QListWidgetItem* item) { emit sampleRequested(item->data(Qt::UserRole).toString()); });

    // The drop hint is the page's own frame: anything dropped anywhere on the page opens.
    QFrame* dropFrame = m_dropArea;
    dropFrame->setObjectName(QStringLiteral("startDropArea"));
    dropFrame->setFrameShape(QFrame::StyledPanel);
    dropFrame->setFrameShadow(QFrame::Sunken);
    auto* drop = new QLabel(tr("Or drop CSV, .npy or .tangent files anywhere here: each opens in a tab."), dropFrame);
    drop->setAlignment(Qt::AlignCenter);
    drop->setWordWrap(true);
    auto* dropLayout = new QVBoxLayout(dropFrame);
    dropLayout->setContentsMargins(24, 24, 24, 24);
    dropLayout->addWidget(drop);

    auto* recentColumn = new QVBoxLayout;
    recentColumn->addWidget(heading(tr("Recent files"), this));
    recentColumn->addWidget(m_recent, 1);
    auto* sampleColumn = new QVBoxLayout;
    sampleColumn->addWidget(heading(tr("Samples"), this));
    sampleColumn->addWidget(m_samples, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(recentColumn, 3);
    columns->addSpacing(24);
    columns->addLayout(sampleColumn, 2);

    auto* openRow = new QHBoxLayout;
    openRow->addWidget(m_open);
    openRow->addStretch(1);

    auto* inner = new QVBoxLayout;
    inner->addWidget(title);
    inner->addSpacing(12);
    inner->addLayout(openRow);
    inner->addSpacing(12);
    inner->addLayout(columns, 1);
    inner->addSpacing(12);
    inner->addWidget(dropFrame);
    // A readable column in the middle of a wide window.
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 24, 32, 24);
    outer->addStretch(1);
    outer->addLayout(inner, 8);
    outer->addStretch(1);

    setRecentFiles({});
}

void StartPage::setRecentFiles(const QList<Recent>& recent)
{
    m_recent->clear();
    for (const Recent& entry : recent) {
        const QFileInfo info(entry.path);
        QString text = info.fileName();
        // The status bar's words for a row count, in every language already.
        if (entry.rows >= 0)
            text += QStringLiteral(" — ")
                + QCoreApplication::translate("tangent::ui::MainWindow", "%n row(s)", nullptr, entry.rows);
        text += QLatin1Char('\n') + QDir::toNativeSeparators(info.absolutePath());
        auto* item = new QListWidgetItem(text, m_recent);
        item->setData(Qt::UserRole, entry.path);
        item->setToolTip(QDir::toNativeSeparators(entry.path));
        if (!info.exists()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("%1 is no longer there").arg(QDir::toNativeSeparators(entry.path)));
        }
    }
    if (recent.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No recent files yet: open one, or start with a sample."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

void StartPage::setDropHighlight(bool on)
{
    m_dropArea->setBackgroundRole(on ? QPalette::Highlight : QPalette::Window);
    m_dropArea->setForegroundRole(on ? QPalette::HighlightedText : QPalette::WindowText);
    m_dropArea->setAutoFillBackground(on);
}

void StartPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (localFiles(event->mimeData()).isEmpty())
        return;
    setDropHighlight(true);
    event->acceptProposedAction();
}

void StartPage::dragLeaveEvent(QDragLeaveEvent* event)
{
    setDropHighlight(false);
    QWidget::dragLeaveEvent(event);
}

void StartPage::dropEvent(QDropEvent* event)
{
    setDropHighlight(false);
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    emit pathsRequested(paths);
}

void StartPage::showEvent(QShowEvent* event)
{
    emit recentFilesWanted();
    QWidget::showEvent(event);
}

} // namespace tangent::ui
