// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

namespace ys::storage::Schema {
namespace {

// Version 1: reference data (pillars, agencies, plan owners, services), plans and their sections,
// measures with their validation elements, values per fiscal year and period, the audit log.
QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE file_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE pillar (id INTEGER PRIMARY KEY, number INTEGER NOT NULL UNIQUE, name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE pillar_goal (id INTEGER PRIMARY KEY, pillar_id INTEGER NOT NULL REFERENCES pillar(id) ON DELETE CASCADE, code TEXT NOT NULL UNIQUE, title TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE agency (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, public_name TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'mayoral_agency' CHECK(kind IN ('mayoral_agency','quasi_agency','independent','mayoral_office')), active INTEGER NOT NULL DEFAULT 1 CHECK(active IN (0, 1)), submits_plan INTEGER NOT NULL DEFAULT 1 CHECK(submits_plan IN (0, 1)))"),
        QStringLiteral("CREATE TABLE plan_owner (id INTEGER PRIMARY KEY, agency_id INTEGER NOT NULL REFERENCES agency(id), name TEXT NOT NULL, is_office INTEGER NOT NULL DEFAULT 0 CHECK(is_office IN (0, 1)), UNIQUE(agency_id, name))"),
        QStringLiteral("CREATE TABLE service (id INTEGER PRIMARY KEY, number INTEGER NOT NULL UNIQUE CHECK(number > 0), code TEXT NOT NULL, name TEXT NOT NULL, agency_id INTEGER REFERENCES agency(id), owner_id INTEGER REFERENCES plan_owner(id) ON DELETE SET NULL, pillar_id INTEGER REFERENCES pillar(id) ON DELETE SET NULL, description TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'performance' CHECK(kind IN ('performance','administrative')), active INTEGER NOT NULL DEFAULT 1 CHECK(active IN (0, 1)))"),
        QStringLiteral("CREATE TABLE plan (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, owner_id INTEGER NOT NULL REFERENCES plan_owner(id), cycle INTEGER NOT NULL CHECK(cycle BETWEEN 1900 AND 2200), state TEXT NOT NULL DEFAULT 'draft' CHECK(state IN ('draft','submitted','in_review','returned','resubmitted','approved','published')), version INTEGER NOT NULL DEFAULT 1, contact TEXT NOT NULL DEFAULT '', plan_date TEXT, reviewers TEXT NOT NULL DEFAULT '', overview TEXT NOT NULL DEFAULT '', vision TEXT NOT NULL DEFAULT '', vision_link TEXT NOT NULL DEFAULT '', website TEXT NOT NULL DEFAULT '', illustrative INTEGER NOT NULL DEFAULT 0 CHECK(illustrative IN (0, 1)), UNIQUE(owner_id, cycle))"),
        QStringLiteral("CREATE TABLE goal (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL DEFAULT 0, statement TEXT NOT NULL DEFAULT '', pillar_goal_id INTEGER REFERENCES pillar_goal(id) ON DELETE SET NULL, primary_link INTEGER NOT NULL DEFAULT 1 CHECK(primary_link IN (0, 1)))"),
        QStringLiteral("CREATE TABLE initiative (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, goal_id INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE, title TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', start_date TEXT, end_date TEXT, owner TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'planned' CHECK(status IN ('planned','in_progress','completed','on_hold')))"),
        QStringLiteral("CREATE TABLE risk (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE, category TEXT NOT NULL DEFAULT 'other' CHECK(category IN ('cross_agency','it_systems','external','legislative','other')), description TEXT NOT NULL DEFAULT '', mitigation TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE key_person (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE, service_id INTEGER REFERENCES service(id) ON DELETE SET NULL, role TEXT NOT NULL DEFAULT 'other' CHECK(role IN ('service_lead','data_lead','other')), name TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE measure (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, owner_id INTEGER NOT NULL REFERENCES plan_owner(id), service_id INTEGER REFERENCES service(id), goal_id INTEGER REFERENCES goal(id) ON DELETE SET NULL, pillar_goal_id INTEGER REFERENCES pillar_goal(id) ON DELETE SET NULL, measure_level TEXT NOT NULL DEFAULT 'service' CHECK(measure_level IN ('service','goal')), title TEXT NOT NULL, measure_type TEXT NOT NULL DEFAULT 'unspecified' CHECK(measure_type IN ('output','efficiency','effectiveness','outcome','input','demand','quality','unspecified')), direction TEXT NOT NULL DEFAULT 'unspecified' CHECK(direction IN ('increase','decrease','maintain','not_applicable','unspecified')), unit TEXT NOT NULL DEFAULT 'count' CHECK(unit IN ('count','percent','currency','rate','decimal','days','score')), period_interval TEXT NOT NULL DEFAULT 'unspecified' CHECK(period_interval IN ('cumulative','snapshot','period','unspecified')), tolerance REAL CHECK(tolerance IS NULL OR tolerance >= 0), description TEXT NOT NULL DEFAULT '', data_source TEXT NOT NULL DEFAULT '', data_owner TEXT NOT NULL DEFAULT '', update_frequency TEXT NOT NULL DEFAULT '', context_required TEXT NOT NULL DEFAULT '', data_location TEXT NOT NULL DEFAULT '', collection_method TEXT NOT NULL DEFAULT '', formula TEXT NOT NULL DEFAULT '', disaggregation TEXT NOT NULL DEFAULT '', data_use TEXT NOT NULL DEFAULT '', meaning TEXT NOT NULL DEFAULT '', proxy TEXT NOT NULL DEFAULT '', measurement_improvement TEXT NOT NULL DEFAULT '', baseline REAL, baseline_year INTEGER, equity INTEGER NOT NULL DEFAULT 0 CHECK(equity IN (0, 1)), deprecated INTEGER NOT NULL DEFAULT 0 CHECK(deprecated IN (0, 1)), change_mapping TEXT NOT NULL DEFAULT 'unchanged' CHECK(change_mapping IN ('new','unchanged','modified','replaced','removed')), approval TEXT NOT NULL DEFAULT 'draft' CHECK(approval IN ('draft','pending','validated','returned')), source_ids TEXT NOT NULL DEFAULT '', source_type TEXT NOT NULL DEFAULT '', sort_order INTEGER NOT NULL DEFAULT 0, CHECK(service_id IS NOT NULL OR measure_level = 'goal'))"),
        QStringLiteral("CREATE TABLE plan_measure (plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE, measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE, PRIMARY KEY(plan_id, measure_id))"),
        QStringLiteral("CREATE TABLE measure_value (measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE, fiscal_year INTEGER NOT NULL CHECK(fiscal_year BETWEEN 1900 AND 2200), period TEXT NOT NULL CHECK(period IN ('Q1','Q2','Q3','Q4','annual')), target REAL, target_note TEXT NOT NULL DEFAULT '', target_raw TEXT NOT NULL DEFAULT '', target_missing TEXT NOT NULL DEFAULT '', target_origin TEXT NOT NULL DEFAULT 'user' CHECK(target_origin IN ('import','user')), actual REAL, actual_note TEXT NOT NULL DEFAULT '', actual_raw TEXT NOT NULL DEFAULT '', actual_missing TEXT NOT NULL DEFAULT '', actual_origin TEXT NOT NULL DEFAULT 'user' CHECK(actual_origin IN ('import','user')), status_override TEXT CHECK(status_override IS NULL OR status_override IN ('met','near','missed','no_data')), override_note TEXT NOT NULL DEFAULT '', CHECK(status_override IS NULL OR override_note <> ''), PRIMARY KEY(measure_id, fiscal_year, period))"),
        QStringLiteral("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, user_name TEXT NOT NULL, entity TEXT NOT NULL, entity_id INTEGER NOT NULL, field TEXT NOT NULL DEFAULT '', old_value TEXT, new_value TEXT, action TEXT NOT NULL CHECK(action IN ('insert','update','delete')))"),
        QStringLiteral("CREATE INDEX service_agency ON service(agency_id)"),
        QStringLiteral("CREATE INDEX measure_owner ON measure(owner_id)"),
        QStringLiteral("CREATE INDEX measure_service ON measure(service_id)"),
        QStringLiteral("CREATE INDEX plan_measure_measure ON plan_measure(measure_id)"),
        QStringLiteral("CREATE INDEX audit_entity ON audit_log(entity, entity_id)"),
    };
}

// Version 2: review items (flags and comments) and the review rubric with its scores.
QStringList version2()
{
    return {
        QStringLiteral("CREATE TABLE review_item (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, kind TEXT NOT NULL CHECK(kind IN ('flag','comment')), anchor_kind TEXT NOT NULL CHECK(anchor_kind IN ('plan','section','measure','value')), plan_id INTEGER REFERENCES plan(id) ON DELETE CASCADE, section TEXT NOT NULL DEFAULT '', measure_id INTEGER REFERENCES measure(id) ON DELETE CASCADE, fiscal_year INTEGER, period TEXT CHECK(period IS NULL OR period IN ('Q1','Q2','Q3','Q4','annual')), flag_kind TEXT NOT NULL DEFAULT '', state TEXT NOT NULL CHECK(state IN ('proposed','confirmed','dismissed','open','resolved')), text TEXT NOT NULL DEFAULT '', change_required INTEGER NOT NULL DEFAULT 0 CHECK(change_required IN (0, 1)), answer TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, resolved_at TEXT)"),
        QStringLiteral("CREATE TABLE rubric_criterion (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, section TEXT NOT NULL, title TEXT NOT NULL, guidance TEXT NOT NULL DEFAULT '', weight REAL NOT NULL CHECK(weight >= 0 AND weight <= 100), sort_order INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE rubric_score (plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE, criterion_id INTEGER NOT NULL REFERENCES rubric_criterion(id) ON DELETE CASCADE, score INTEGER NOT NULL CHECK(score BETWEEN 1 AND 4), note TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', scored_at TEXT NOT NULL, PRIMARY KEY(plan_id, criterion_id))"),
        QStringLiteral("CREATE INDEX review_item_plan ON review_item(plan_id)"),
        QStringLiteral("CREATE INDEX review_item_measure ON review_item(measure_id)"),
    };
}

// Version 3: what a review item was made on (the plan version, a fingerprint of the anchored object,
// the reviewer's last change), so that a merged review can tell what changed since; and the plan's
// recorded decisions (submitted, returned, approved...), merged between copies by their uid.
QStringList version3()
{
    const QString states = QStringLiteral("'draft','submitted','in_review','returned','resubmitted','approved','published'");
    return {
        QStringLiteral("ALTER TABLE review_item ADD COLUMN plan_version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE review_item ADD COLUMN anchor_fingerprint TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE review_item ADD COLUMN updated_at TEXT"),
        QStringLiteral("CREATE TABLE review_decision (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE, from_state TEXT NOT NULL CHECK(from_state IN (%1)), to_state TEXT NOT NULL CHECK(to_state IN (%1)), plan_version INTEGER NOT NULL DEFAULT 1, author TEXT NOT NULL DEFAULT '', decided_at TEXT NOT NULL, note TEXT NOT NULL DEFAULT '')").arg(states),
        QStringLiteral("CREATE INDEX review_decision_plan ON review_decision(plan_id)"),
    };
}

} // namespace

int currentVersion()
{
    return 3;
}

QStringList migration(int version)
{
    switch (version) {
    case 1: return version1();
    case 2: return version2();
    case 3: return version3();
    default: return {};
    }
}

} // namespace ys::storage::Schema
