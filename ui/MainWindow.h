// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/PlanFile.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QTreeWidget;

namespace ys::ui {

// The application's main window: shows the open plan file (agencies, plan owners, services,
// measures) and its state in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `path`; on failure shows why and keeps the current file.
    bool openFile(const QString& path);
    const storage::PlanFile* planFile() const { return m_file.get(); }

private:
    void populate();
    void updateStatus();

    std::unique_ptr<storage::PlanFile> m_file;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
};

} // namespace ys::ui
