// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Plan.h"
#include "domain/PlanSections.h"
#include "domain/Result.h"
#include "storage/PlanFile.h"
#include "storage/PlanSnapshot.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace ys::ui {

// The open plan file as the GUI sees it: the file itself, a read model kept in step with every
// edit, and the undo stack. Views read the snapshot and listen to the change signals; edits go
// through undo commands (ui/commands), which call the write functions here. Each write is one
// transaction in the file, so nothing typed is ever lost.
class PlanDocument : public QObject
{
    Q_OBJECT

public:
    // What a new plan file starts with; `user` is recorded in its lock and audit log (empty: the
    // login name).
    struct NewFileOptions
    {
        int fiscalYearStartMonth = 7;
        double defaultTolerance = 0.10;
        QString user;
    };

    static Result<std::unique_ptr<PlanDocument>> open(const QString& path, const QString& user = {});
    static Result<std::unique_ptr<PlanDocument>> create(const QString& path, int fiscalYearStartMonth = 7);
    static Result<std::unique_ptr<PlanDocument>> create(const QString& path, const NewFileOptions& options);
    ~PlanDocument() override;

    storage::PlanFile& file() { return *m_file; }
    const storage::PlanFile& file() const { return *m_file; }
    const storage::PlanSnapshot& snapshot() const { return m_snapshot; }
    QUndoStack* undoStack() const { return m_undo; }
    bool isReadOnly() const { return m_file->isReadOnly(); }
    // The plan cycle screens show by default: the latest one in the file (0 when there is none).
    int currentCycle() const;

    // Writes used by undo commands. Each refreshes the snapshot and emits its signal; on failure
    // nothing changes and the error is returned (and announced through writeFailed).
    Status writeMeasure(const Measure& measure);
    Result<RowId> addMeasure(const Measure& measure, const std::vector<RowId>& planIds);
    Status removeMeasure(RowId id);
    Status restoreMeasure(const Measure& measure, const std::vector<RowId>& planIds, const std::vector<Value>& values);
    Status writeValue(const Value& value);
    Status writePlan(const Plan& plan);
    Status writeService(const Service& service);

    // Plan sections (goals, initiatives, risks, personnel): written through here so that views
    // refresh; reads go to the repository.
    Result<std::vector<Goal>> goals(RowId planId) const;
    Result<std::vector<Initiative>> initiatives(RowId goalId) const;
    Result<std::vector<Risk>> risks(RowId planId) const;
    Result<std::vector<KeyPerson>> personnel(RowId planId) const;
    Result<RowId> addGoal(const Goal& goal);
    Status writeGoal(const Goal& goal);
    Status removeGoal(RowId id);
    Result<RowId> addInitiative(const Initiative& initiative);
    Status writeInitiative(const Initiative& initiative);
    Status removeInitiative(RowId id);
    Result<RowId> addRisk(const Risk& risk);
    Status writeRisk(const Risk& risk);
    Status removeRisk(RowId id);
    Result<RowId> addKeyPerson(const KeyPerson& person);
    Status writeKeyPerson(const KeyPerson& person);
    Status removeKeyPerson(RowId id);
    // Undo of a deletion: the row comes back with its id.
    Status restoreGoal(const Goal& goal);
    Status restoreInitiative(const Initiative& initiative);
    Status restoreRisk(const Risk& risk);
    Status restoreKeyPerson(const KeyPerson& person);

    // Reloads the whole read model (after an import): views reset.
    Status reload();

signals:
    void measureChanged(ys::RowId id);
    void measureAdded(ys::RowId id);
    void measureRemoved(ys::RowId id);
    void valuesChanged(ys::RowId measureId);
    void planChanged(ys::RowId planId);
    void sectionsChanged(ys::RowId planId);
    void serviceChanged(ys::RowId serviceId);
    void reloaded();
    void writeFailed(const QString& message);

private:
    explicit PlanDocument(std::unique_ptr<storage::PlanFile> file, storage::PlanSnapshot snapshot);
    template <typename T>
    T announce(T result);

    std::unique_ptr<storage::PlanFile> m_file;
    storage::PlanSnapshot m_snapshot;
    QUndoStack* m_undo = nullptr;
};

} // namespace ys::ui
