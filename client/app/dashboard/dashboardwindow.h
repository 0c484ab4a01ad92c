#pragma once

#include "api/reportapi.h"
#include "api/systemapi.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QProgressBar;
class QTableWidget;
class QTimer;

namespace frontline::client {
class DashboardReport;
class Directory;
class Session;
} // namespace frontline::client

namespace frontline::client::ui {

class FieldForm;

// The managers' dashboard (Go → Dashboard): the period and filters, the headline figures, the
// charts (volume, backlog by age, SLA compliance, categories, satisfaction) and the agents'
// table; a custom field's value narrows them too (the field filter: the field, then its value
// in the editor of its type, as on tickets). A click on a bar or an agent lists the tickets behind
// it; a double click on one of those opens it in the main window. Refreshes itself when pushed
// events move the figures.
class DashboardWindow : public QWidget
{
    Q_OBJECT

public:
    DashboardWindow(Session& session, const Directory& directory, QWidget* parent = nullptr);

    DashboardReport& report() { return *m_report; }

Q_SIGNALS:
    void ticketActivated(qint64 id);

private:
    void applyFilter();
    // The custom fields offered as a filter (the active ones), the chosen one kept.
    void listFields();
    // A field picked in the field filter: its typed editor, empty (no condition yet).
    void chooseField();
    void render();
    // The rollups are being rebuilt: a progress bar stands where the figures would be wrong.
    void showRebuild(const api::RebuildProgress& progress);
    void showTickets(const QString& title, const api::ReportTickets& tickets);
    void exportAs(const QString& format);
    // A headline figure; `link`, when given, is a clickable word after the detail.
    void tile(int index, const QString& label, const QString& value, const QString& detail,
              const QString& link = {});

    const Directory& m_directory;
    DashboardReport* m_report;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_group;
    QComboBox* m_category;
    QComboBox* m_agent;
    QComboBox* m_type;
    QComboBox* m_org;
    QComboBox* m_field;
    FieldForm* m_fieldValue;
    QTimer* m_fieldEdits; // a value typed applies once the typing pauses
    QLabel* m_status;
    QWidget* m_rebuildPanel;
    QLabel* m_rebuildText;
    QProgressBar* m_rebuildBar;
    QWidget* m_figures;
    QGridLayout* m_tiles;
    QGridLayout* m_charts;
    QTableWidget* m_agents;
};

} // namespace frontline::client::ui
