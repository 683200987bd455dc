// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace ys::ui {

// Chooses what to import: the source file, its format, the column mapping for a CSV file and the
// plan cycle, with a preview of the source's first rows so the user sees what will be read.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(QWidget* parent = nullptr);

    void setSource(const QString& path);
    QString source() const;
    QString format() const;
    QString mappingPath() const;
    int cycle() const; // 0: from the source

private:
    void chooseSource();
    void chooseMapping();
    void updatePreview();
    void guessFormat();

    QLineEdit* m_source = nullptr;
    QComboBox* m_format = nullptr;
    QLineEdit* m_mapping = nullptr;
    QLineEdit* m_cycle = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_previewNote = nullptr;
};

} // namespace ys::ui
