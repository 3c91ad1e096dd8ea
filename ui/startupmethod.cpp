// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/startupmethod.h"

#include "ui/document/document.h"
#include "ui/files/filecontroller.h"
#include "ui/i18n/coremessages.h"
#include "ui/mainwindow.h"

#include <QCommandLineParser>
#include <QTimer>

#include <cmath>
#include <memory>

namespace tangent::ui {
namespace {

const QString kMethod = QStringLiteral("method");
const QString kWindow = QStringLiteral("window");
const QString kPolyorder = QStringLiteral("polyorder");
const QString kLam = QStringLiteral("lam");
const QString kAlpha = QStringLiteral("alpha");
const QString kRatio = QStringLiteral("ratio");

/// The option's value as a number, or throws with tangent-cli's wording.
std::optional<double> number(const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok)
        throw SmoothingError(
            QStringLiteral("--%1 expects a number, not '%2'").arg(name, parser.value(name)).toStdString());
    return value;
}

std::optional<int> whole(const QCommandLineParser& parser, const QString& name)
{
    const auto value = number(parser, name);
    if (value && (*value != std::floor(*value) || std::abs(*value) > 1e9))
        throw SmoothingError(
            QStringLiteral("--%1 expects a whole number, not '%2'").arg(name, parser.value(name)).toStdString());
    return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

} // namespace

void StartupMethod::declare(QCommandLineParser& parser)
{
    parser.addOption({ kMethod,
        QStringLiteral("Derivative method: numpy (default, exactly numpy.gradient), savgol, spline, tvr, kalman "
                       "or auto, as tangent-cli --method."),
        QStringLiteral("numpy|savgol|spline|tvr|kalman|auto") });
    parser.addOption({ kWindow, QStringLiteral("savgol: odd window in points."), QStringLiteral("w") });
    parser.addOption({ kPolyorder, QStringLiteral("savgol: polynomial order."), QStringLiteral("p") });
    parser.addOption({ kLam, QStringLiteral("spline: lambda > 0."), QStringLiteral("l") });
    parser.addOption({ kAlpha, QStringLiteral("tvr: alpha > 0."), QStringLiteral("a") });
    parser.addOption({ kRatio, QStringLiteral("kalman: log10(q/r)."), QStringLiteral("r") });
}

StartupMethod StartupMethod::read(const QCommandLineParser& parser)
{
    StartupMethod result;
    const bool any = parser.isSet(kMethod) || parser.isSet(kWindow) || parser.isSet(kPolyorder) || parser.isSet(kLam)
        || parser.isSet(kAlpha) || parser.isSet(kRatio);
    if (!any)
        return result;
    try {
        SmoothingOptions options;
        options.method = SmoothingMethod::Numpy;
        if (parser.isSet(kMethod)) {
            const auto method = parseMethodName(parser.value(kMethod).toStdString());
            if (!method)
                throw SmoothingError(
                    QStringLiteral("--method expects numpy, savgol, spline, tvr, kalman or auto, not '%1'")
                        .arg(parser.value(kMethod))
                        .toStdString());
            options.method = *method;
        }
        options.window = whole(parser, kWindow);
        options.polyorder = whole(parser, kPolyorder);
        options.lam = number(parser, kLam);
        options.alpha = number(parser, kAlpha);
        options.ratio = number(parser, kRatio);
        checkSmoothingOptions(options);
        result.options = options;
    } catch (const SmoothingError& e) {
        result.problem = translateException(e);
    }
    return result;
}

void StartupMethod::applyOnLoad(MainWindow& window) const
{
    if (!options)
        return;
    Document* document = window.document();
    const auto applied = std::make_shared<bool>(false);
    const auto apply = [document, applied, options = *options] {
        if (*applied || document->rowCount() == 0)
            return;
        *applied = true;
        document->setSmoothing(options);
        // Opening with a method is part of opening: nothing to undo, nothing unsaved.
        document->undoStack()->clear();
    };
    // A sample is there by the next pass of the event loop; a file when its load finishes.
    QObject::connect(window.files(), &FileController::loadFinished, &window, apply);
    QTimer::singleShot(0, &window, apply);
}

} // namespace tangent::ui
