#pragma once

#include "api/cmdbapi.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeView;

namespace frontline::client {
class CiBrowser;
class CiEditor;
class FieldCatalogue;
} // namespace frontline::client

namespace frontline::client::ui {

class CiDetailsPanel;
class CiGraphView;
class CiImpactPanel;

// The CI browser (issue 22, View → Configuration items): search and filters over a paged
// list, the chosen CI's details and relationships, its relationship graph and its impact.
// Admins also create, change, relate, unrelate and import CIs. Renders the CiBrowser's state
// and forwards intent to it and to the CiEditor.
class CiBrowserWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CiBrowserWindow)

public:
    // `fields`: the attributes' field definitions and the organisations the edit dialog offers.
    CiBrowserWindow(CiBrowser& browser, CiEditor& editor, FieldCatalogue& fields,
                    QWidget* parent = nullptr);

    void openCi(qint64 id);
    void showImpactTab();

    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* classFilter() const { return m_classFilter; }
    QComboBox* statusFilter() const { return m_statusFilter; }
    QTreeView* list() const { return m_list; }
    CiDetailsPanel* details() const { return m_details; }
    CiGraphView* graph() const { return m_graph; }
    CiImpactPanel* impact() const { return m_impact; }
    QLabel* graphStatus() const { return m_graphStatus; }

    // The admin's actions (hidden for others); each opens its dialog.
    void newCi();
    void editCi();
    void relateCi();
    void unrelateChosen();
    void importCis();
    // Staff: "Plan a change…" on the chosen CI (change management opens its form).
    QPushButton* changeButton() const { return m_change; }
    // Staff, on the impact tab: "Announce an outage…" to the users of the services that depend
    // on the chosen CI (the announcements dialog opens on it).
    QPushButton* outageButton() const { return m_outage; }

Q_SIGNALS:
    void changeRequested(const frontline::api::CiNode& ci);
    void outageRequested(const frontline::api::CiNode& ci);

private:
    void runSearch();
    void showCurrent();
    void showGraph();
    void showImpact();
    void updateButtons();

    CiBrowser& m_browser;
    CiEditor& m_editor;
    FieldCatalogue& m_fields;
    QLineEdit* m_search;
    QComboBox* m_classFilter;
    QComboBox* m_statusFilter;
    QTreeView* m_list;
    CiDetailsPanel* m_details;
    QTabWidget* m_tabs;
    CiGraphView* m_graph;
    CiImpactPanel* m_impact;
    QLabel* m_graphStatus;
    QLabel* m_message;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_relate;
    QPushButton* m_unrelate;
    QPushButton* m_import;
    QPushButton* m_change;
    QPushButton* m_outage;
    QTimer* m_typing;
};

} // namespace frontline::client::ui
