// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"

#include "domain/FiscalYear.h"
#include "io/Importers.h"
#include "io/formats/CsvReader.h"
#include "io/formats/XlsxWorkbook.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ys::ui {
namespace {
constexpr int PreviewRows = 12;
constexpr int PreviewColumns = 12;
} // namespace

ImportDialog::ImportDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Import Measures"));
    m_source = new QLineEdit(this);
    m_source->setAccessibleName(tr("Source file"));
    auto* browse = new QPushButton(tr("&Browse..."), this);
    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(browse);

    m_format = new QComboBox(this);
    m_format->setAccessibleName(tr("Format"));
    for (const auto& format : io::importFormats())
        m_format->addItem(QStringLiteral("%1: %2").arg(format.name, format.description), format.name);

    m_mapping = new QLineEdit(this);
    m_mapping->setAccessibleName(tr("Column mapping file"));
    m_mapping->setPlaceholderText(tr("For CSV files: the column mapping (JSON, see docs/csv-mapping.md)"));
    auto* browseMapping = new QPushButton(tr("Choose &Mapping..."), this);
    auto* mappingRow = new QHBoxLayout;
    mappingRow->addWidget(m_mapping, 1);
    mappingRow->addWidget(browseMapping);

    m_cycle = new QLineEdit(this);
    m_cycle->setAccessibleName(tr("Plan cycle"));
    m_cycle->setPlaceholderText(tr("e.g. FY27; empty: as the source says"));

    m_preview = new QTableWidget(this);
    m_preview->setAccessibleName(tr("Preview of the first rows"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setDefaultSectionSize(120);
    m_previewNote = new QLabel(this);
    m_previewNote->setTextFormat(Qt::PlainText);
    m_previewNote->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Source:"), sourceRow);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Column ma&pping:"), mappingRow);
    form->addRow(tr("Plan &cycle:"), m_cycle);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("First rows of the source:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_previewNote);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseSource);
    connect(browseMapping, &QPushButton::clicked, this, &ImportDialog::chooseMapping);
    connect(m_source, &QLineEdit::editingFinished, this, [this] {
        guessFormat();
        updatePreview();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ImportDialog::setSource(const QString& path)
{
    m_source->setText(path);
    guessFormat();
    updatePreview();
}

QString ImportDialog::source() const
{
    return m_source->text().trimmed();
}

QString ImportDialog::format() const
{
    return m_format->currentData().toString();
}

QString ImportDialog::mappingPath() const
{
    return m_mapping->text().trimmed();
}

int ImportDialog::cycle() const
{
    const auto year = FiscalYear::parse(m_cycle->text());
    return year ? year->endYear() : 0;
}

void ImportDialog::chooseSource()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import From"), source(),
                                                      tr("Spreadsheets and plans (*.xlsx *.csv *.json);;All files (*)"));
    if (!path.isEmpty())
        setSource(path);
}

void ImportDialog::chooseMapping()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Column Mapping"), mappingPath(), tr("Mapping (*.json)"));
    if (!path.isEmpty())
        m_mapping->setText(path);
}

void ImportDialog::guessFormat()
{
    const QString suffix = QFileInfo(source()).suffix().toLower();
    const QString name = suffix == QLatin1String("xlsx")   ? QStringLiteral("baltimore-xlsx")
                         : suffix == QLatin1String("csv")  ? QStringLiteral("csv")
                         : suffix == QLatin1String("json") ? QStringLiteral("yardstick-json")
                         : QFileInfo(source()).isDir()     ? QStringLiteral("baltimore-reference")
                                                           : QString();
    const int index = m_format->findData(name);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

void ImportDialog::updatePreview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    std::vector<QStringList> rows;
    const QString path = source();
    const QString suffix = QFileInfo(path).suffix().toLower();
    QString note;
    if (suffix == QLatin1String("csv")) {
        auto table = io::CsvReader::readFile(path);
        if (!table) {
            note = table.error().describe();
        } else {
            rows.push_back(table->header);
            for (int i = 0; i < int(table->records.size()) && i < PreviewRows; ++i)
                rows.push_back(table->records[i].fields);
            note = tr("%1 rows in all.").arg(table->records.size());
        }
    } else if (suffix == QLatin1String("xlsx")) {
        auto book = io::XlsxWorkbook::open(path);
        auto sheet = book ? book->readSheet(0) : Result<io::XlsxSheet>(book.error());
        if (!sheet) {
            note = sheet.error().describe();
        } else {
            for (int i = 0; i < int(sheet->rows.size()) && i <= PreviewRows; ++i) {
                QStringList cells;
                for (const auto& cell : sheet->rows[i].cells)
                    cells << cell.text;
                rows.push_back(cells);
            }
            note = tr("Sheet \"%1\": %2 rows.").arg(sheet->name).arg(sheet->rows.size());
        }
    } else if (!path.isEmpty()) {
        note = tr("No preview for this kind of file.");
    }
    if (!rows.empty()) {
        const int columns = std::min<int>(PreviewColumns, int(rows.front().size()));
        m_preview->setColumnCount(columns);
        m_preview->setHorizontalHeaderLabels(rows.front().mid(0, columns));
        m_preview->setRowCount(int(rows.size()) - 1);
        for (int r = 1; r < int(rows.size()); ++r)
            for (int c = 0; c < columns; ++c)
                m_preview->setItem(r - 1, c, new QTableWidgetItem(rows[r].value(c).left(200)));
    }
    m_previewNote->setText(note);
}

} // namespace ys::ui
