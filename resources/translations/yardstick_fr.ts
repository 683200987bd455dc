<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BlockEditReport</name>
    <message>
        <source>1 cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted %1 as one step (Ctrl+Z undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed by the paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read as numbers, kept as the reason there is no number: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 cell fell outside the grid and was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells fell outside the grid and were not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 cell fell on the Status column, which is computed, and was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells fell on the Status column, which is computed, and were not used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorChoices</name>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much service is delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost in money or time per unit of output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well the service meets its standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much better off residents are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input (outside the family of measures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand (outside the family of measures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality (outside the family of measures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintain (within the tolerance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staying near the target is best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent (75 means 75 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative: the year is the sum of its quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot: the year is its latest quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: the year is the mean of its quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-agency inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What other city agencies must do for the plan&apos;s goals to be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems the agency relies on whose risks or limits could hold the plan back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions outside the agency&apos;s control that could affect the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legislative effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City Council or State actions the goals depend on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pillar goal this goal mainly advances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pillar goal this goal also contributes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1: %2</source>
        <translation type="unfinished">Service %1 : %2</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation type="unfinished">Objectif %1 : %2</translation>
    </message>
    <message>
        <source>A goal of another plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal KPI (agency level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data lead (data steward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <source>Goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no statement yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link goal to pillar goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change goal&apos;s link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativeTableModel</name>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit initiative title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit initiative description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit initiative start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit initiative end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit initiative owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit initiative status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureCellText</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(goal KPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to Q%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one of the four types of the family of measures (output, efficiency, effectiveness, outcome).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actual in any year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from the %1 quarters reported so far (to Q%2) by the measure&apos;s interval: the year is not over and no annual actual was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from the %1 quarters by the measure&apos;s interval: no annual actual was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 annual target, in %2. Type a number, or the reason there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No year has both an annual target and an actual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: actual %1 against target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every required part of the definition is filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished">Cible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who writes the plan: the agency, or an office inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest fiscal year&apos;s annual actual (entered, or derived from the quarters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual target of the plan year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status against target in the latest year with both a target and an actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required parts of the measure&apos;s definition filled in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureFields</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure&apos;s name as a reader will see it, saying what is counted, e.g. &quot;Percent of EMS responses within 9 minutes&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: how much service is delivered. Efficiency: the cost in money or time of each unit delivered. Effectiveness: how well the service meets its standard. Outcome: how much better off residents are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service metric belongs to a budget service; a goal KPI tracks one of the agency&apos;s goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget service this metric measures. Service metrics only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency goal this KPI shows progress on. Goal KPIs only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal of the Mayor&apos;s Action Plan this measure helps to reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exactly is measured, with the key terms defined so that anyone counts it the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a reader needs to know about the subject to read the number correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is meaningful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the measure informs the work: what managers learn or decide from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the data is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a change in this measure over time is a reliable signal about particular operations, and how it is acted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact system or file the numbers come from, by name. A generic name such as &quot;tracking spreadsheet&quot; is not enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the data is kept: the system and the exact report or table, so that an analyst from outside the agency could find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data owner or steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has access to the data and reports it, by role (and name if useful).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the data is refreshed: live, weekly, monthly, annually ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method of collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who collects the underlying data, what is collected, where, when and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the number is calculated, with the numerator and the denominator written out, e.g. &quot;responses within 9 minutes / all responses x 100&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaggregation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the measure can be broken down by group, such as geography or race, and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the data is not available monthly, what is used in its place. Answer where it applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would make collecting this measure better or cheaper, and whether that is worth its cost. Answer where it applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the values are written. Percent values are in percent points: 75 means 75 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the quarters make up the year&apos;s actual when no annual actual is entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which way is better for residents: up, down, or staying within a band around the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure&apos;s starting level: its value in the baseline fiscal year, in the measure&apos;s unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal year the baseline value belongs to. A new measure without a past value uses the plan year as its baseline year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far from the target still counts as near the target (or as met, for a measure to maintain), in percent of the target. Leave blank to use the plan&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the measure tracks an equity outcome or a gap between groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since the last plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the measure is new, unchanged, modified, replaced or removed in this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the measure&apos;s validation stands: a draft, waiting for review, validated, or returned with changes to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the measure is no longer reported. It stays in the file but no longer counts in its service&apos;s family of measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the measure is, what it is linked to, and why it matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the numbers come from and how they are calculated: enough for a reviewer outside the agency to reproduce them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which way is better, the starting point, and the measure&apos;s standing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationNodeText</name>
    <message>
        <source>%1 plan (%2)</source>
        <translation>Plan %1 (%2)</translation>
    </message>
    <message>
        <source>Overview and vision</source>
        <translation>Présentation et vision</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Objectif %1 : %2</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Service %1: %2</source>
        <translation>Service %1 : %2</translation>
    </message>
    <message>
        <source>Risks and dependencies</source>
        <translation>Risques et dépendances</translation>
    </message>
    <message>
        <source>Key personnel</source>
        <translation>Personnel clé</translation>
    </message>
    <message>
        <source>no year</source>
        <translation>sans exercice</translation>
    </message>
    <message>
        <source>#%1 %2
Status: %3 (%4)</source>
        <translation>#%1 %2
Statut : %3 (%4)</translation>
    </message>
</context>
<context>
    <name>PersonnelTableModel</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1: %2</source>
        <translation type="unfinished">Service %1 : %2</translation>
    </message>
    <message>
        <source>Change key person&apos;s service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change key person&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit key person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit key person&apos;s job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit key person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Add measure &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete measure &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown import format &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written to the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing page %1 of %2...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskTableModel</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk or dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change risk category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit mitigation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueCellText</name>
    <message>
        <source>%1 quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered in Yardstick: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as %1, read as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed in Yardstick as %1, read as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed in Yardstick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty. Type a number, or the reason there is none (for example “N/A”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sum of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest reported quarter, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mean of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from the quarters, not stored in the file: %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date: not every quarter of the year is reported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annual actual entered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annual actual typed here replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The quarters give %1 (%2), the entered annual actual %3. The entered value stands; check which is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual %1 against target %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actual is derived from the quarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actual so far covers part of the year; a status is judged when the year is complete or an annual actual is entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure has no desired direction, so no result is good or bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status needs both a target and an actual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand: %1. The numbers say: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status set by hand is ignored because it has no note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the status year: the latest year with a target and a full-year actual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus haut est mieux</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>plus bas est mieux</translation>
    </message>
    <message>
        <source>within %1 of the target</source>
        <translation>à %1 près de la cible</translation>
    </message>
    <message>
        <source>no desired direction</source>
        <translation>pas de sens souhaité</translation>
    </message>
    <message>
        <source>direction not set</source>
        <translation>sens non défini</translation>
    </message>
    <message>
        <source>annual = sum of the quarters</source>
        <translation>annuel = somme des trimestres</translation>
    </message>
    <message>
        <source>annual = latest quarter</source>
        <translation>annuel = dernier trimestre</translation>
    </message>
    <message>
        <source>annual = mean of the quarters</source>
        <translation>annuel = moyenne des trimestres</translation>
    </message>
    <message>
        <source>annual not derived from quarters</source>
        <translation>annuel non dérivé des trimestres</translation>
    </message>
</context>
<context>
    <name>ys::ui::AboutDialog</name>
    <message>
        <source>The sample plan and the tests are made of public data published by city governments.

City of Baltimore: agencies, services and performance measures, from the City&apos;s public repository of its performance-planning application (city-of-baltimore/cob-performance, commit 0e7423c). Copyright (c) 2026 City of Baltimore, MIT licence. The sample plan&apos;s narrative text was written for the sample and is not the City&apos;s; its notice follows.

District of Columbia: agency performance measures of fiscal 2013 (tests). Attribution: Porter, C. E. &amp; Devkar, U. (2016), DC KPI and PO DB, based on DC Open Data. Licence: Creative Commons Attribution 4.0 International (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/</source>
        <translation>Le plan d’exemple et les tests sont faits de données publiques publiées par des villes.

Ville de Baltimore : services municipaux, services budgétaires et indicateurs de performance, tirés du dépôt public de l’application de planification de la Ville (city-of-baltimore/cob-performance, commit 0e7423c). Copyright (c) 2026 City of Baltimore, licence MIT. Le texte narratif du plan d’exemple a été écrit pour l’exemple et n’est pas celui de la Ville ; sa notice suit.

District de Columbia : indicateurs de performance des services, exercice 2013 (tests). Attribution : Porter, C. E. &amp; Devkar, U. (2016), DC KPI and PO DB, based on DC Open Data. Licence : Creative Commons Attribution 4.0 International (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/</translation>
    </message>
    <message>
        <source>About Yardstick</source>
        <translation>À propos de Yardstick</translation>
    </message>
    <message>
        <source>Yardstick %1</source>
        <translation>Yardstick %1</translation>
    </message>
    <message>
        <source>City performance plans on the desktop: draft, review and publish.

Copyright (c) the Yardstick developers. Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later): you may share and change it under its terms. It comes with no warranty.

Built with Qt %1, running on Qt %2.</source>
        <translation>Les plans de performance d’une ville, sur le poste de travail : rédiger, examiner et publier.

Copyright (c) les développeurs de Yardstick. Logiciel libre sous la licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later) : vous pouvez le partager et le modifier selon ses termes. Il est fourni sans aucune garantie.

Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>&amp;Data Credits</source>
        <translation>Sources des &amp;données</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
</context>
<context>
    <name>ys::ui::ActionRegistry</name>
    <message>
        <source>&amp;New Plan File...</source>
        <translation>&amp;Nouveau fichier de plan...</translation>
    </message>
    <message>
        <source>Create an empty plan file</source>
        <translation>Créer un fichier de plan vide</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir...</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>Ouvrir un fichier de plan</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Enregistrer une copie &amp;sous...</translation>
    </message>
    <message>
        <source>Write a copy of the plan file under another name</source>
        <translation>Écrire une copie du fichier de plan sous un autre nom</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importer...</translation>
    </message>
    <message>
        <source>Import measures from a workbook, a CSV file or a plan JSON file</source>
        <translation>Importer des indicateurs depuis un classeur, un fichier CSV ou un plan JSON</translation>
    </message>
    <message>
        <source>Export as &amp;CSV...</source>
        <translation>Exporter en &amp;CSV...</translation>
    </message>
    <message>
        <source>Write the measures as a CSV file</source>
        <translation>Écrire les indicateurs dans un fichier CSV</translation>
    </message>
    <message>
        <source>Export as E&amp;xcel Workbook...</source>
        <translation>Exporter en classeur E&amp;xcel...</translation>
    </message>
    <message>
        <source>Write the measures as an XLSX file</source>
        <translation>Écrire les indicateurs dans un fichier XLSX</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the plan file</source>
        <translation>Fermer le fichier de plan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Yardstick</source>
        <translation>Quitter Yardstick</translation>
    </message>
    <message>
        <source>&amp;Find Measure</source>
        <translation>Rec&amp;hercher un indicateur</translation>
    </message>
    <message>
        <source>Search measures by title, id, service, type or status</source>
        <translation>Rechercher des indicateurs par titre, identifiant, service, type ou statut</translation>
    </message>
    <message>
        <source>&amp;Add Measure</source>
        <translation>A&amp;jouter un indicateur</translation>
    </message>
    <message>
        <source>Add a measure to the selected service</source>
        <translation>Ajouter un indicateur au service sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete Measure</source>
        <translation>&amp;Supprimer l’indicateur</translation>
    </message>
    <message>
        <source>Delete the selected measure</source>
        <translation>Supprimer l’indicateur sélectionné</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Show the plan and the selected item</source>
        <translation>Afficher le plan et l’élément sélectionné</translation>
    </message>
    <message>
        <source>All &amp;Measures</source>
        <translation>&amp;Tous les indicateurs</translation>
    </message>
    <message>
        <source>Show every measure in one table</source>
        <translation>Afficher tous les indicateurs dans un tableau</translation>
    </message>
    <message>
        <source>&amp;About Yardstick</source>
        <translation>À &amp;propos de Yardstick</translation>
    </message>
    <message>
        <source>Version, licence and data credits</source>
        <translation>Version, licence et sources des données</translation>
    </message>
    <message>
        <source>Se&amp;ttings...</source>
        <translation>Para&amp;mètres...</translation>
    </message>
    <message>
        <source>Your name, the defaults of new plan files, paper size and reviewer mode</source>
        <translation>Votre nom, les valeurs par défaut des nouveaux fichiers de plan, le format de papier et le mode examinateur</translation>
    </message>
    <message>
        <source>Export as &amp;PDF...</source>
        <translation>Exporter en &amp;PDF...</translation>
    </message>
    <message>
        <source>Write the plan as a PDF fit to print: one agency&apos;s plan, or the whole city&apos;s book</source>
        <translation>Écrire le plan en PDF prêt à imprimer : le plan d’un service, ou le recueil de toute la ville</translation>
    </message>
    <message>
        <source>&amp;Reviewer Mode</source>
        <translation>Mode e&amp;xaminateur</translation>
    </message>
    <message>
        <source>Show the review: flags, SMART findings, comments and the rubric (recorded in the file)</source>
        <translation>Afficher l’examen : signalements, constats SMART, commentaires et grille d’évaluation (enregistré dans le fichier)</translation>
    </message>
    <message>
        <source>Review &amp;Measures</source>
        <translation>&amp;Indicateurs à examiner</translation>
    </message>
    <message>
        <source>The plan&apos;s measures with their review flags, SMART findings and comments</source>
        <translation>Les indicateurs du plan avec leurs signalements, constats SMART et commentaires</translation>
    </message>
    <message>
        <source>Plan &amp;Review</source>
        <translation>Examen du &amp;plan</translation>
    </message>
    <message>
        <source>The plan&apos;s rubric, comments and decisions</source>
        <translation>La grille d’évaluation, les commentaires et les décisions du plan</translation>
    </message>
    <message>
        <source>&amp;Export Review...</source>
        <translation>E&amp;xporter l’examen...</translation>
    </message>
    <message>
        <source>Write the plan&apos;s review to a review file for the agency</source>
        <translation>Écrire l’examen du plan dans un fichier d’examen pour le service</translation>
    </message>
    <message>
        <source>&amp;Merge Review...</source>
        <translation>&amp;Fusionner un examen...</translation>
    </message>
    <message>
        <source>Bring a review file into this plan file without losing anything</source>
        <translation>Intégrer un fichier d’examen à ce fichier de plan sans rien perdre</translation>
    </message>
    <message>
        <source>&amp;Compare with Another Version...</source>
        <translation>&amp;Comparer avec une autre version...</translation>
    </message>
    <message>
        <source>What changed between another version of the plan file and this one</source>
        <translation>Ce qui a changé entre une autre version du fichier de plan et celle-ci</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Historique...</translation>
    </message>
    <message>
        <source>Every recorded change of the measure or plan on screen</source>
        <translation>Toutes les modifications enregistrées de l’indicateur ou du plan affiché</translation>
    </message>
</context>
<context>
    <name>ys::ui::AuditHistoryView</name>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recorded change(s) of %1, newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::DocumentView</name>
    <message>
        <source>Choose a plan section, a service or a measure on the left, or type in the search box to find a measure by its title, id, service number, type or status.</source>
        <translation>Choisissez à gauche une section du plan, un service ou un indicateur, ou tapez dans le champ de recherche pour trouver un indicateur par son titre, son identifiant, son numéro de service, son type ou son statut.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::FieldCaption</name>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the city asks for this element in every measure&apos;s definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::FigureEditor</name>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number, or why there is none (for example “N/A”). Enter keeps it, Escape cancels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::FindingsLabel</name>
    <message>
        <source>Check findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::GoalForm</name>
    <message>
        <source>Goal statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SMART goal: what will change, for whom, by how much, and by when, e.g. &quot;Raise the share of ... from 51% to 60% by June 30, 2028&quot;. Goals stay the same for the whole plan period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal of the Mayor&apos;s Action Plan this goal advances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of link to the pillar goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year&apos;s initiatives: concrete actions with a start and an end in the fiscal year, an owner and a status, that clearly advance the goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal has been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link goal to pillar goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::GoalsEditor</name>
    <message>
        <source>The agency&apos;s most important priorities for the rest of the Mayor&apos;s term, each a SMART goal linked to a pillar goal: 3 to 5 goals for an agency, 2 to 4 for a mayoral office or quasi-agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished">Objectifs</translation>
    </message>
    <message>
        <source>Remove initiative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::ImportDialog</name>
    <message>
        <source>Import Measures</source>
        <translation>Importer des indicateurs</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Fichier source</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Column mapping file</source>
        <translation>Fichier de correspondance des colonnes</translation>
    </message>
    <message>
        <source>For CSV files: the column mapping (JSON, see docs/csv-mapping.md)</source>
        <translation>Pour les fichiers CSV : la correspondance des colonnes (JSON, voir docs/csv-mapping.md)</translation>
    </message>
    <message>
        <source>Choose &amp;Mapping...</source>
        <translation>Choisir la &amp;correspondance...</translation>
    </message>
    <message>
        <source>Plan cycle</source>
        <translation>Cycle du plan</translation>
    </message>
    <message>
        <source>e.g. FY27; empty: as the source says</source>
        <translation>p. ex. FY27 ; vide : celui de la source</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Column ma&amp;pping:</source>
        <translation>Corres&amp;pondance des colonnes :</translation>
    </message>
    <message>
        <source>Plan &amp;cycle:</source>
        <translation>C&amp;ycle du plan :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>First rows of the source:</source>
        <translation>Premières lignes de la source :</translation>
    </message>
    <message>
        <source>Import From</source>
        <translation>Importer depuis</translation>
    </message>
    <message>
        <source>Spreadsheets and plans (*.xlsx *.csv *.json);;All files (*)</source>
        <translation>Classeurs et plans (*.xlsx *.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Column Mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Mapping (*.json)</source>
        <translation>Correspondance (*.json)</translation>
    </message>
    <message>
        <source>%1 rows in all.</source>
        <translation>%1 lignes en tout.</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;: %2 rows.</source>
        <translation>Feuille « %1 » : %2 lignes.</translation>
    </message>
    <message>
        <source>No preview for this kind of file.</source>
        <translation>Pas d’aperçu pour ce type de fichier.</translation>
    </message>
</context>
<context>
    <name>ys::ui::MainWindow</name>
    <message>
        <source>Yardstick</source>
        <translation>Yardstick</translation>
    </message>
    <message>
        <source>Open a plan file (Ctrl+O) or create one (Ctrl+N).</source>
        <translation>Ouvrez un fichier de plan (Ctrl+O) ou créez-en un (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Impossible d’ouvrir le plan</translation>
    </message>
    <message>
        <source>About this plan file</source>
        <translation>À propos de ce fichier de plan</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>La modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>No plan file open</source>
        <translation>Aucun fichier de plan ouvert</translation>
    </message>
    <message>
        <source>%1%2 - Yardstick</source>
        <translation>%1%2 - Yardstick</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule : %1</translation>
    </message>
    <message>
        <source>%1 plan: %2</source>
        <translation>Plan %1 : %2</translation>
    </message>
    <message>
        <source>New Plan File</source>
        <translation>Nouveau fichier de plan</translation>
    </message>
    <message>
        <source>Yardstick plans (*.yardstick)</source>
        <translation>Plans Yardstick (*.yardstick)</translation>
    </message>
    <message>
        <source>Cannot create the plan file</source>
        <translation>Impossible de créer le fichier de plan</translation>
    </message>
    <message>
        <source>Open Plan File</source>
        <translation>Ouvrir un fichier de plan</translation>
    </message>
    <message>
        <source>Yardstick plans (*.yardstick);;All files (*)</source>
        <translation>Plans Yardstick (*.yardstick);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>The copy was not written</source>
        <translation>La copie n’a pas été écrite</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Measures</source>
        <translation>Exporter les indicateurs</translation>
    </message>
    <message>
        <source>The export was not written</source>
        <translation>L’export n’a pas été écrit</translation>
    </message>
    <message>
        <source>Exported %1 measures to %2</source>
        <translation>%1 indicateurs exportés dans %2</translation>
    </message>
    <message>
        <source>Choose a service first</source>
        <translation>Choisissez d’abord un service</translation>
    </message>
    <message>
        <source>Select a service, or a measure of it, in the plan tree; the new measure is added to it.</source>
        <translation>Sélectionnez un service, ou l’un de ses indicateurs, dans l’arbre du plan ; le nouvel indicateur y est ajouté.</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <source>No plan for this service</source>
        <translation>Aucun plan pour ce service</translation>
    </message>
    <message>
        <source>The service belongs to no plan owner in this file.</source>
        <translation>Dans ce fichier, le service n’appartient à aucun titulaire de plan.</translation>
    </message>
    <message>
        <source>Delete Measure</source>
        <translation>Supprimer l’indicateur</translation>
    </message>
    <message>
        <source>Delete the measure &quot;%1&quot; with all its values? You can undo this.</source>
        <translation>Supprimer l’indicateur « %1 » avec toutes ses valeurs ? Vous pourrez annuler.</translation>
    </message>
    <message>
        <source>Open for editing by %1, locked for others</source>
        <translation>Ouvert en modification par %1, verrouillé pour les autres</translation>
    </message>
    <message>
        <source>performance-plans.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Export the plan on screen only, or the whole city&apos;s book with every plan in the file?</source>
        <translation>Exporter seulement le plan affiché, ou le recueil de toute la ville avec chaque plan du fichier ?</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF export was cancelled; no file was written.</source>
        <translation>L’export PDF a été annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation>Le PDF n’a pas été écrit</translation>
    </message>
    <message>
        <source>Wrote %1 pages to %2</source>
        <translation>%1 pages écrites dans %2</translation>
    </message>
</context>
<context>
    <name>ys::ui::MeasureEditor</name>
    <message>
        <source>Measure definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets and actuals are entered in the measure&apos;s values grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure selected</source>
        <translation type="unfinished">Aucun indicateur sélectionné</translation>
    </message>
    <message>
        <source>This measure has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (a goal KPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan default: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1: %2</source>
        <translation type="unfinished">Service %1 : %2</translation>
    </message>
    <message>
        <source>%1 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number: write digits only, e.g. 75 or 1,200.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service metric needs its service: choose one, or make the measure a goal KPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::MeasureEditorHeader</name>
    <message>
        <source>Completeness of the definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: all %1 required elements are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 required elements: missing %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered, asked only where it applies: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART checks: no findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART checks: 1 finding, shown under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART checks: %1 findings, shown under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished">Lecture seule : %1</translation>
    </message>
</context>
<context>
    <name>ys::ui::MeasureFieldEditor</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::MeasurePage</name>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Valeurs</translation>
    </message>
    <message>
        <source>&amp;Definition</source>
        <translation>&amp;Définition</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>%1 measure #%2</source>
        <translation>Indicateur %1 n° %2</translation>
    </message>
</context>
<context>
    <name>ys::ui::MeasureReviewPanel</name>
    <message>
        <source>History...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recorded change of this measure: who, when, old and new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review flags of the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the selected flag: the agency will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the selected flag: it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of flag to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (needed for your own flags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment of the flag to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the comment is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment for the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add C&amp;omment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s answer to the selected comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer and &amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 annual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of measure #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a measure to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss flag “%1” on measure #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm flag “%1” on measure #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag measure #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on measure #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve comment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::MeasuresTableModel</name>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change title of measure #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change type of measure #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change direction of measure #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 target of measure #%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::MeasuresTableView</name>
    <message>
        <source>Filter measures: title, id, service, type, status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the measures whose row holds every word you type: part of a title, an id (#12), a service number (609), a type, a status, an agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show measures of type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show measures with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 measures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::NavigationModel</name>
    <message>
        <source>%1, status %2</source>
        <translation>%1, statut %2</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>ys::ui::NavigationView</name>
    <message>
        <source>Search: title, #id, service, type, status</source>
        <translation>Rechercher : titre, #id, service, type, statut</translation>
    </message>
    <message>
        <source>Search the plan</source>
        <translation>Rechercher dans le plan</translation>
    </message>
    <message>
        <source>Filters the tree as you type: part of a title, a measure id (#12), a service number (609), a type (outcome) or a status (missed).</source>
        <translation>Filtre l’arbre pendant la saisie : une partie d’un titre, un identifiant d’indicateur (#12), un numéro de service (609), un type (outcome) ou un statut (missed).</translation>
    </message>
    <message>
        <source>Plan navigation</source>
        <translation>Navigation dans le plan</translation>
    </message>
</context>
<context>
    <name>ys::ui::OverviewEditor</name>
    <message>
        <source>The plan&apos;s state changes as it goes through review, not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the agency exists and what it aims to achieve, in two to four sentences about the outcomes it produces for residents: whom it serves and what it changes, not a list of its services or divisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agency overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The future the agency is working towards: what would be true if its work fully succeeded, ambitious but grounded, and clear to someone outside city government.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the Mayor&apos;s Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the vision and the goals serve the Mayor&apos;s Action Plan: which pillars and pillar goals the agency&apos;s work advances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit link to the Mayor&apos;s Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s public web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answers questions about this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of this version of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysts assigned to review this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · version %2 · %3 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change plan date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::PdfPreviewDialog</name>
    <message>
        <source>%1 - Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::PersonnelEditor</name>
    <message>
        <source>The people responsible for the plan&apos;s data, by service: a service lead, and a data lead who knows the data and collects and calculates it, each by name or role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key personnel</source>
        <translation type="unfinished">Personnel clé</translation>
    </message>
</context>
<context>
    <name>ys::ui::PlanDiffView</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 (Service %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes between the two versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan changed between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 measures added, %3 removed, %4 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures added (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures removed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::PlanReviewPage</name>
    <message>
        <source>Direction and alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals, initiatives and KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service-level metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks and dependencies</source>
        <translation type="unfinished">Risques et dépendances</translation>
    </message>
    <message>
        <source>Key personnel</source>
        <translation type="unfinished">Personnel clé</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency sends the plan (a draft, or a returned plan as a new version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the plan back to the agency with the required changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the plan: its measures lock except the latest actual and the next target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish an approved plan that passes the publish gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Review...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Review...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the comment is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment for the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add C&amp;omment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s answer to the selected comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer and &amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan in the plan tree to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Last decision: %1 by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1, version %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish gate: passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Publish gate: %n number(s) or notes missing (last year&apos;s actuals, the plan year&apos;s targets).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score: %1 of 4 (weighted mean of %2 of %3 criteria scored, weight %4 of 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score: not scored yet. Score each criterion 1 (weak) to 4 (strong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished">Plan</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score “%1” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not published: the plan does not pass the publish gate; %n number(s) or notes are missing, for example %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (version %3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve comment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::PlanSectionsEditor</name>
    <message>
        <source>&amp;Overview and vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals and initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risks and dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 performance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown agency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::ReviewMeasuresModel</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure changed after a flag or comment on it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::ReviewWorkflow</name>
    <message>
        <source>&amp;Review</source>
        <translation>E&amp;xamen</translation>
    </message>
    <message>
        <source>Export Review</source>
        <translation>Exporter l’examen</translation>
    </message>
    <message>
        <source>Yardstick reviews (*.yardstick-review)</source>
        <translation>Examens Yardstick (*.yardstick-review)</translation>
    </message>
    <message>
        <source>The review was not written</source>
        <translation>L’examen n’a pas été écrit</translation>
    </message>
    <message>
        <source>Wrote the review of %1 to %2</source>
        <translation>Examen de %1 écrit dans %2</translation>
    </message>
    <message>
        <source>Merge Review</source>
        <translation>Fusionner un examen</translation>
    </message>
    <message>
        <source>Yardstick reviews (*.yardstick-review);;All files (*)</source>
        <translation>Examens Yardstick (*.yardstick-review);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The review was not merged</source>
        <translation>L’examen n’a pas été fusionné</translation>
    </message>
    <message>
        <source>Review merged</source>
        <translation>Examen fusionné</translation>
    </message>
    <message>
        <source>Compare with Another Version</source>
        <translation>Comparer avec une autre version</translation>
    </message>
    <message>
        <source>Yardstick plans (*.yardstick);;All files (*)</source>
        <translation>Plans Yardstick (*.yardstick);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Impossible de comparer</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::ReviewWorkspace</name>
    <message>
        <source>Measures under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ No data (FY25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 proposed, 1 confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 open, 1 resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan in the plan tree to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flags proposed, %2 confirmed, %3 dismissed; %4 comments open, %5 resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing %1 — %2, version %3. %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::RisksEditor</name>
    <message>
        <source>Conditions inside or outside the agency that could keep it from reaching its goals and targets: specific and realistic, each with enough context to judge its impact, and with a mitigation where one exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks and dependencies</source>
        <translation type="unfinished">Risques et dépendances</translation>
    </message>
</context>
<context>
    <name>ys::ui::SectionItemDelegate</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::SectionTablePanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::ServiceEditor</name>
    <message>
        <source>Service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget&apos;s number for the service; it cannot be changed in a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s name as the budget book gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s description as in this year&apos;s budget book: what it provides, its goal, and the activities it performs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the four types of measures the service has: output, efficiency, effectiveness and outcome. Deprecated measures do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family of measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures of the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished">Indicateur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a measure, or press Enter, to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1: %2</source>
        <translation type="unfinished">Service %1 : %2</translation>
    </message>
    <message>
        <source>No service selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to a pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1 (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output-only family: the service has no effectiveness or outcome measure, so nothing shows how well it works or whether residents are better off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service has no measures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed outside the four types of the family: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 measure has no type yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 measures have no type yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deprecated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit service description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Your login name: %1</source>
        <translation>Votre nom de connexion : %1</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Fiscal year starts in</source>
        <translation>L’exercice commence en</translation>
    </message>
    <message>
        <source>Default status tolerance in percent</source>
        <translation>Tolérance de statut par défaut, en pourcentage</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format de papier</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>Recorded with every change you make to a plan file, and shown to anyone who opens a file while you have it open. Applies to plan files opened from now on.</source>
        <translation>Enregistré avec chacune de vos modifications d’un fichier de plan, et montré à quiconque ouvre un fichier que vous avez ouvert. S’applique aux fichiers de plan ouverts à partir de maintenant.</translation>
    </message>
    <message>
        <source>New plan files</source>
        <translation>Nouveaux fichiers de plan</translation>
    </message>
    <message>
        <source>Fiscal year &amp;starts in:</source>
        <translation>L’exercice &amp;commence en :</translation>
    </message>
    <message>
        <source>Default status &amp;tolerance:</source>
        <translation>&amp;Tolérance de statut par défaut :</translation>
    </message>
    <message>
        <source>A measure is &quot;near&quot; its target when it misses it by no more than this share of the target. Each plan file keeps its own values; these are the ones a new file starts with.</source>
        <translation>Un indicateur est « proche » de sa cible quand il la manque d’au plus cette part de la cible. Chaque fichier de plan garde ses propres valeurs ; celles-ci sont celles d’un nouveau fichier.</translation>
    </message>
    <message>
        <source>Printing and reviewing</source>
        <translation>Impression et examen</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Format de papier :</translation>
    </message>
    <message>
        <source>Open plan files in &amp;reviewer mode</source>
        <translation>Ouvrir les fichiers de plan en mode &amp;examinateur</translation>
    </message>
    <message>
        <source>For budget reviewers, who check and score plans that agencies wrote. A plan file remembers the mode it was last used in (View &gt; Reviewer Mode); this applies to files that remember none.</source>
        <translation>Pour les analystes budgétaires, qui vérifient et notent les plans rédigés par les services. Un fichier de plan retient le mode de sa dernière utilisation (Affichage &gt; Mode examinateur) ; ce réglage vaut pour les fichiers qui n’en retiennent aucun.</translation>
    </message>
</context>
<context>
    <name>ys::ui::ValuesDelegate</name>
    <message>
        <source>Enter keeps the note, Shift+Enter starts a new line, Escape cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::ValuesGrid</name>
    <message>
        <source>Measure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit, direction and status year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarters of every year</source>
        <translation>&amp;Trimestres de toutes les années</translation>
    </message>
    <message>
        <source>Show Q1-Q4 rows for past years too, not only where quarters are used.</source>
        <translation>Afficher aussi les lignes T1-T4 des années passées, pas seulement là où des trimestres sont utilisés.</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Targets and actuals by fiscal year and quarter. Type to edit, Delete clears, Ctrl+C copies, Ctrl+V pastes a block from a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last paste or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure selected</source>
        <translation>Aucun indicateur sélectionné</translation>
    </message>
    <message>
        <source>status for %1</source>
        <translation>statut pour %1</translation>
    </message>
    <message>
        <source>no status year yet (no year has a target and a full-year actual)</source>
        <translation>pas encore d’année de statut (aucune année n’a une cible et un réalisé annuel)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>Valeurs de %1</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 copié.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>Le presse-papiers ne contient aucun texte à coller.</translation>
    </message>
</context>
<context>
    <name>ys::ui::ValuesModel</name>
    <message>
        <source>%1, derived from the quarters, not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (plan year)</source>
        <translation> (année du plan)</translation>
    </message>
    <message>
        <source> (next year)</source>
        <translation> (année suivante)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Target note</source>
        <translation>Note sur la cible</translation>
    </message>
    <message>
        <source>Actual note</source>
        <translation>Note sur le réalisé</translation>
    </message>
    <message>
        <source>The target: a number, or the reason there is none (&quot;N/A&quot;).</source>
        <translation>La cible : un nombre, ou la raison de son absence (« N/A »).</translation>
    </message>
    <message>
        <source>The actual. An annual actual left empty is derived from the quarters (≈), not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual against target in the desired direction; computed, not typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this target (rationale).</source>
        <translation>Pourquoi cette cible (justification).</translation>
    </message>
    <message>
        <source>What explains this actual.</source>
        <translation>Ce qui explique ce réalisé.</translation>
    </message>
    <message>
        <source>Change %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
