// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/methodtext.h"

#include <QCoreApplication>

namespace tangent::ui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tangent::ui::MethodText", text);
}

/// Three significant digits, with a real minus sign.
QString number(std::optional<double> value)
{
    if (!value)
        return tr("auto");
    return QString::number(*value, 'g', 3).replace(u'-', QChar(0x2212));
}

} // namespace

QString methodDisplayName(SmoothingMethod method)
{
    switch (method) {
    case SmoothingMethod::Numpy:
        return tr("numpy.gradient");
    case SmoothingMethod::Savgol:
        return tr("Savitzky–Golay");
    case SmoothingMethod::Spline:
        return tr("smoothing spline");
    case SmoothingMethod::Tvr:
        return tr("total variation");
    case SmoothingMethod::Kalman:
        return tr("Kalman smoother");
    case SmoothingMethod::Auto:
        return tr("Automatic");
    }
    return {};
}

QString methodSummary(const SmoothingOptions& used)
{
    QString name = methodDisplayName(used.method);
    switch (used.method) {
    case SmoothingMethod::Savgol:
        return tr("%1 %2/%3")
            .arg(name, used.window ? QString::number(*used.window) : tr("auto"),
                QString::number(used.polyorder.value_or(3)));
    case SmoothingMethod::Spline:
        return tr("%1 λ=%2").arg(name, number(used.lam));
    case SmoothingMethod::Tvr:
        return tr("%1 α=%2").arg(name, number(used.alpha));
    case SmoothingMethod::Kalman:
        return tr("%1 log₁₀(q/r)=%2").arg(name, number(used.ratio));
    case SmoothingMethod::Numpy:
    case SmoothingMethod::Auto:
        break;
    }
    return name;
}

} // namespace tangent::ui
