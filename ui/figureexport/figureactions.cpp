// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/figureexport/figureactions.h"

#include "ui/chart/panes/chartpanes.h"
#include "ui/dialogs.h"
#include "ui/document/document.h"
#include "ui/figureexport/figureexportdialog.h"
#include "ui/figureexport/figurerenderer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace tangent::ui {
namespace {

const QString kLastDirKey = QStringLiteral("lastDirectory");

} // namespace

FigureActions::FigureActions(ChartPanes* panes, QWidget* window)
    : QObject(window),
      m_panes(panes),
      m_window(window),
      m_export(new QAction(tr("Export Fi&gure…"), this)),
      m_copy(new QAction(tr("Copy Fi&gure"), this))
{
    m_export->setObjectName(QStringLiteral("actionExportFigure"));
    m_export->setStatusTip(tr("Save the whole figure (every pane, the legends, the axes) as PDF, SVG or PNG, "
                              "at a size and resolution of your choice"));
    m_copy->setObjectName(QStringLiteral("actionCopyFigure"));
    m_copy->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_copy->setStatusTip(tr("Copy the whole figure (every pane) to the clipboard as an image"));
    connect(m_export, &QAction::triggered, this, &FigureActions::exportFigure);
    connect(m_copy, &QAction::triggered, this, &FigureActions::copyFigure);
}

void FigureActions::exportFigure()
{
    FigureExportDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const FigureSpec spec = dialog.spec();
    if (const QString problem = spec.problem(); !problem.isEmpty()) {
        QMessageBox::warning(m_window, tr("Export figure"), problem);
        return;
    }
    FigureExportDialog::rememberSpec(spec);
    const QString suffix = spec.format == FigureFormat::Pdf ? QStringLiteral("pdf")
        : spec.format == FigureFormat::Svg                  ? QStringLiteral("svg")
                                                            : QStringLiteral("png");
    const QString filter = spec.format == FigureFormat::Pdf ? tr("PDF documents (*.pdf)")
        : spec.format == FigureFormat::Svg                  ? tr("SVG drawings (*.svg)")
                                                            : tr("PNG images (*.png)");
    Document* document = m_panes->document();
    const QString base = document && !document->filePath().isEmpty()
        ? QFileInfo(document->filePath()).completeBaseName()
        : tr("figure");
    const QString dir = QSettings().value(kLastDirKey).toString();
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export figure"), QDir(dir).filePath(base + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
    const QString error = writeFigure(*m_panes, document, spec, path);
    if (!error.isEmpty()) {
        const QString text = tr("%1 could not be written: %2").arg(path, error);
        emit message(text);
        if (!dialogsSuppressed())
            QMessageBox::warning(m_window, tr("Export figure"), text);
        return;
    }
    emit message(tr("Exported the figure to %1").arg(QFileInfo(path).fileName()));
}

void FigureActions::copyFigure()
{
    // As large as the chart area on screen, at twice its pixels for a sharp paste, in the window's
    // own colours.
    FigureSpec spec;
    spec.unit = FigureUnit::Pixels;
    spec.dpi = 192;
    spec.size = QSizeF(m_panes->size() * 2);
    spec.theme = m_panes->palette().color(QPalette::Window).lightness() < 128 ? FigureTheme::Dark : FigureTheme::Light;
    if (!spec.problem().isEmpty())
        return;
    QApplication::clipboard()->setImage(renderFigureImage(*m_panes, m_panes->document(), spec));
    emit message(tr("Copied the figure to the clipboard"));
}

} // namespace tangent::ui
