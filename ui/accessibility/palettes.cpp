// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accessibility/palettes.h"

#include "ui/accessibility/highcontraststyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStyleFactory>

namespace tangent::ui {
namespace {

const QString kPaletteOption = QStringLiteral("palette");

class PaletteText {
    Q_DECLARE_TR_FUNCTIONS(tangent::ui::PaletteText)
};

struct Scheme {
    QColor window, windowText, base, alternateBase, text, button, highlight, highlightedText, link, disabledText;
};

QPalette paletteOf(const Scheme& s)
{
    QPalette palette;
    palette.setColor(QPalette::Window, s.window);
    palette.setColor(QPalette::WindowText, s.windowText);
    palette.setColor(QPalette::Base, s.base);
    palette.setColor(QPalette::AlternateBase, s.alternateBase);
    palette.setColor(QPalette::ToolTipBase, s.base);
    palette.setColor(QPalette::ToolTipText, s.text);
    palette.setColor(QPalette::PlaceholderText, s.disabledText);
    palette.setColor(QPalette::Text, s.text);
    palette.setColor(QPalette::Button, s.button);
    palette.setColor(QPalette::ButtonText, s.windowText);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Highlight, s.highlight);
    palette.setColor(QPalette::HighlightedText, s.highlightedText);
    palette.setColor(QPalette::Link, s.link);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, s.disabledText);
    return palette;
}

} // namespace

void declarePaletteOption(QCommandLineParser& parser)
{
    parser.addOption(
        { kPaletteOption, PaletteText::tr("Colours: system (the desktop's, by default), light, dark or high-contrast."),
            paletteNames().join(QLatin1Char('|')) });
}

QString paletteOption(const QCommandLineParser& parser)
{
    return parser.value(kPaletteOption);
}

QStringList paletteNames()
{
    return { QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"),
        QStringLiteral("high-contrast") };
}

QString paletteProblem(const QString& name)
{
    if (name.isEmpty() || paletteNames().contains(name))
        return {};
    return PaletteText::tr("--palette: unknown palette '%1'; use one of %2")
        .arg(name, paletteNames().join(QStringLiteral(", ")));
}

QPalette lightPalette()
{
    return paletteOf(
        { QColor(0xef, 0xef, 0xef), Qt::black, Qt::white, QColor(0xf7, 0xf7, 0xf7), Qt::black, QColor(0xef, 0xef, 0xef),
            QColor(0x2f, 0x6f, 0xb3), Qt::white, QColor(0x00, 0x55, 0xb3), QColor(0x6e, 0x6e, 0x6e) });
}

QPalette darkPalette()
{
    return paletteOf({ QColor(0x2b, 0x2b, 0x2b), QColor(0xe6, 0xe6, 0xe6), QColor(0x1e, 0x1e, 0x1e),
        QColor(0x26, 0x26, 0x26), QColor(0xe6, 0xe6, 0xe6), QColor(0x3a, 0x3a, 0x3a), QColor(0x2f, 0x6f, 0xb3),
        Qt::white, QColor(0x7a, 0xb8, 0xff), QColor(0x8c, 0x8c, 0x8c) });
}

QPalette highContrastPalette()
{
    return paletteOf({ Qt::black, Qt::white, Qt::black, QColor(0x1a, 0x1a, 0x1a), Qt::white, Qt::black,
        QColor(0xff, 0xff, 0x00), Qt::black, QColor(0x00, 0xff, 0xff), QColor(0xbf, 0xbf, 0xbf) });
}

void applyPalette(const QString& name)
{
    if (name.isEmpty() || name == QStringLiteral("system"))
        return;
    // High contrast outlines every control in the text colour, which Fusion alone does not.
    if (name == QStringLiteral("high-contrast"))
        QApplication::setStyle(new HighContrastStyle); // the application owns it
    else
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (name == QStringLiteral("light"))
        QApplication::setPalette(lightPalette());
    else if (name == QStringLiteral("dark"))
        QApplication::setPalette(darkPalette());
    else if (name == QStringLiteral("high-contrast"))
        QApplication::setPalette(highContrastPalette());
}

} // namespace tangent::ui
