// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/figureexport/figureexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

namespace tangent::ui {
namespace {

const QString kFormatKey = QStringLiteral("figure/format");
const QString kWidthKey = QStringLiteral("figure/width");
const QString kHeightKey = QStringLiteral("figure/height");
const QString kUnitKey = QStringLiteral("figure/unit");
const QString kDpiKey = QStringLiteral("figure/dpi");
const QString kThemeKey = QStringLiteral("figure/theme");

template <typename Enum> Enum clampedEnum(int value, Enum last)
{
    return static_cast<Enum>(std::clamp(value, 0, static_cast<int>(last)));
}

} // namespace

FigureExportDialog::FigureExportDialog(QWidget* parent)
    : QDialog(parent),
      m_format(new QComboBox(this)),
      m_width(new QDoubleSpinBox(this)),
      m_height(new QDoubleSpinBox(this)),
      m_unit(new QComboBox(this)),
      m_dpi(new QDoubleSpinBox(this)),
      m_theme(new QComboBox(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("FigureExportDialog"));
    setWindowTitle(tr("Export Figure"));
    m_format->addItem(tr("PDF (vector, for papers)"));
    m_format->addItem(tr("SVG (vector, for editing)"));
    m_format->addItem(tr("PNG (image, for slides and the web)"));
    m_format->setItemData(0, static_cast<int>(FigureFormat::Pdf));
    m_format->setItemData(1, static_cast<int>(FigureFormat::Svg));
    m_format->setItemData(2, static_cast<int>(FigureFormat::Png));
    m_unit->addItems({ tr("pixels"), tr("cm"), tr("inches") });
    for (QDoubleSpinBox* box : { m_width, m_height }) {
        box->setRange(0.1, 20000);
        box->setDecimals(1);
    }
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));
    m_unit->setAccessibleName(tr("Unit"));
    m_dpi->setRange(10, 2400);
    m_dpi->setDecimals(0);
    m_dpi->setSuffix(tr(" DPI"));
    m_dpi->setToolTip(tr("Dots per inch: turns centimetres and inches into pixels, and pixels into a page size"));
    m_theme->addItems({ tr("Light"), tr("Dark") });

    auto* size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×"), this));
    size->addWidget(m_height);
    size->addWidget(m_unit);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Size:"), size);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);

    setSpec(rememberedSpec());
    connect(m_unit, &QComboBox::currentIndexChanged, this, &FigureExportDialog::unitChanged);
    for (QDoubleSpinBox* box : { m_width, m_height, m_dpi })
        connect(box, &QDoubleSpinBox::valueChanged, this, &FigureExportDialog::updateSummary);
    connect(m_format, &QComboBox::currentIndexChanged, this, &FigureExportDialog::updateSummary);
}

FigureSpec FigureExportDialog::spec() const
{
    FigureSpec spec;
    spec.format = static_cast<FigureFormat>(m_format->currentData().toInt());
    spec.size = QSizeF(m_width->value(), m_height->value());
    spec.unit = static_cast<FigureUnit>(m_unit->currentIndex());
    spec.dpi = m_dpi->value();
    spec.theme = static_cast<FigureTheme>(m_theme->currentIndex());
    return spec;
}

void FigureExportDialog::setSpec(const FigureSpec& spec)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(spec.format)));
    m_unit->setCurrentIndex(static_cast<int>(spec.unit));
    m_shownUnit = spec.unit;
    m_width->setValue(spec.size.width());
    m_height->setValue(spec.size.height());
    m_dpi->setValue(spec.dpi);
    m_theme->setCurrentIndex(static_cast<int>(spec.theme));
    updateSummary();
}

void FigureExportDialog::unitChanged()
{
    // The same figure in the new unit: converted, not reinterpreted.
    FigureSpec old = spec();
    old.unit = m_shownUnit;
    const auto unit = static_cast<FigureUnit>(m_unit->currentIndex());
    const double inchesPerUnit = m_shownUnit == FigureUnit::Pixels ? 1.0 / old.dpi
        : m_shownUnit == FigureUnit::Centimetres                   ? 1.0 / 2.54
                                                                   : 1.0;
    const double unitsPerInch = unit == FigureUnit::Pixels ? old.dpi : unit == FigureUnit::Centimetres ? 2.54 : 1.0;
    m_shownUnit = unit;
    m_width->setValue(old.size.width() * inchesPerUnit * unitsPerInch);
    m_height->setValue(old.size.height() * inchesPerUnit * unitsPerInch);
    updateSummary();
}

void FigureExportDialog::updateSummary()
{
    const FigureSpec figure = spec();
    if (const QString problem = figure.problem(); !problem.isEmpty()) {
        m_summary->setText(problem);
        return;
    }
    const QSize pixels = figure.pixelSize();
    const QSizeF points = figure.pointSize();
    m_summary->setText(figure.format == FigureFormat::Png
            ? tr("%1 × %2 pixels").arg(pixels.width()).arg(pixels.height())
            : tr("%1 × %2 cm (%3 × %4 pt)")
                  .arg(points.width() / 72 * 2.54, 0, 'f', 1)
                  .arg(points.height() / 72 * 2.54, 0, 'f', 1)
                  .arg(points.width(), 0, 'f', 0)
                  .arg(points.height(), 0, 'f', 0));
}

FigureSpec FigureExportDialog::rememberedSpec()
{
    const QSettings settings;
    FigureSpec spec;
    spec.format
        = clampedEnum(settings.value(kFormatKey, static_cast<int>(FigureFormat::Pdf)).toInt(), FigureFormat::Pdf);
    spec.size = QSizeF(settings.value(kWidthKey, 1600).toDouble(), settings.value(kHeightKey, 900).toDouble());
    spec.unit = clampedEnum(settings.value(kUnitKey, 0).toInt(), FigureUnit::Inches);
    spec.dpi = settings.value(kDpiKey, 96.0).toDouble();
    spec.theme = clampedEnum(settings.value(kThemeKey, 0).toInt(), FigureTheme::Dark);
    return spec;
}

void FigureExportDialog::rememberSpec(const FigureSpec& spec)
{
    QSettings settings;
    settings.setValue(kFormatKey, static_cast<int>(spec.format));
    settings.setValue(kWidthKey, spec.size.width());
    settings.setValue(kHeightKey, spec.size.height());
    settings.setValue(kUnitKey, static_cast<int>(spec.unit));
    settings.setValue(kDpiKey, spec.dpi);
    settings.setValue(kThemeKey, static_cast<int>(spec.theme));
}

} // namespace tangent::ui
