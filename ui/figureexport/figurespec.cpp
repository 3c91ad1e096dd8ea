// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/figureexport/figurespec.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace tangent::ui {
namespace {

constexpr double kCmPerInch = 2.54;
constexpr double kPointsPerInch = 72.0;
constexpr int kMaxPixels = 20000; // per side: beyond, a PNG takes gigabytes of memory
constexpr double kMinDpi = 10;
constexpr double kMaxDpi = 2400;

double inchesPer(FigureUnit unit, double dpi)
{
    switch (unit) {
    case FigureUnit::Pixels:
        return 1.0 / dpi;
    case FigureUnit::Centimetres:
        return 1.0 / kCmPerInch;
    case FigureUnit::Inches:
        break;
    }
    return 1.0;
}

} // namespace

QSize FigureSpec::pixelSize() const
{
    if (unit == FigureUnit::Pixels)
        return { static_cast<int>(std::lround(size.width())), static_cast<int>(std::lround(size.height())) };
    const double perUnit = inchesPer(unit, dpi) * dpi;
    return { static_cast<int>(std::lround(size.width() * perUnit)),
        static_cast<int>(std::lround(size.height() * perUnit)) };
}

QSizeF FigureSpec::pointSize() const
{
    const double perUnit = inchesPer(unit, dpi) * kPointsPerInch;
    return { size.width() * perUnit, size.height() * perUnit };
}

QString FigureSpec::problem() const
{
    if (!(dpi >= kMinDpi && dpi <= kMaxDpi))
        return QCoreApplication::translate("FigureSpec", "The resolution must be between %1 and %2 DPI, not %3.")
            .arg(kMinDpi)
            .arg(kMaxDpi)
            .arg(dpi);
    const QSize pixels = pixelSize();
    if (pixels.width() < 16 || pixels.height() < 16)
        return QCoreApplication::translate(
            "FigureSpec", "The figure must be at least 16 pixels wide and high, not %1×%2.")
            .arg(pixels.width())
            .arg(pixels.height());
    if (pixels.width() > kMaxPixels || pixels.height() > kMaxPixels)
        return QCoreApplication::translate(
            "FigureSpec", "The figure must be at most %1 pixels wide and high, not %2×%3.")
            .arg(kMaxPixels)
            .arg(pixels.width())
            .arg(pixels.height());
    return {};
}

std::optional<FigureFormat> figureFormatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return FigureFormat::Png;
    if (suffix == QLatin1String("svg"))
        return FigureFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return FigureFormat::Pdf;
    return std::nullopt;
}

bool parseFigureSize(const QString& text, FigureSpec& spec, QString* error)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*[xX×]\s*(\d+(?:\.\d+)?)\s*(px|cm|mm|in)?\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        if (error)
            *error = QCoreApplication::translate(
                "FigureSpec", "'%1' is not a size: use WxH in pixels (1600x900), or with cm, mm or in (17x10cm).")
                         .arg(text);
        return false;
    }
    double width = match.captured(1).toDouble();
    double height = match.captured(2).toDouble();
    const QString unit = match.captured(3);
    FigureUnit parsed = FigureUnit::Pixels;
    if (unit == QLatin1String("cm")) {
        parsed = FigureUnit::Centimetres;
    } else if (unit == QLatin1String("mm")) {
        parsed = FigureUnit::Centimetres;
        width /= 10;
        height /= 10;
    } else if (unit == QLatin1String("in")) {
        parsed = FigureUnit::Inches;
    }
    spec.size = QSizeF(width, height);
    spec.unit = parsed;
    return true;
}

std::optional<FigureTheme> parseFigureTheme(const QString& text)
{
    if (text.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0)
        return FigureTheme::Light;
    if (text.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0)
        return FigureTheme::Dark;
    return std::nullopt;
}

} // namespace tangent::ui
