#include "shortcutsdialog.h"

#include "client/app/actions.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

ShortcutsDialog::ShortcutsDialog(const Actions& actions, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* tree = new QTreeWidget;
    tree->setObjectName(u"shortcutsTree"_s);
    tree->setColumnCount(3);
    tree->setHeaderLabels({tr("Command"), tr("Shortcut"), tr("In the queue")});
    tree->setRootIsDecorated(false);
    QHash<QString, QTreeWidgetItem*> sections;
    for (Actions::Id id : actions.ids()) {
        QAction* action = actions[id];
        const QString section = actions.section(id);
        QTreeWidgetItem*& parentItem = sections[section];
        if (!parentItem) {
            parentItem = new QTreeWidgetItem(tree, {section});
            QFont bold = parentItem->font(0);
            bold.setBold(true);
            parentItem->setFont(0, bold);
            parentItem->setFirstColumnSpanned(true);
        }
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        QString text = action->text();
        text.remove(u'&');
        new QTreeWidgetItem(
            parentItem,
            {text, keys.join(u", "_s), actions.queueKey(id).toString(QKeySequence::NativeText)});
    }
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    resize(560, 600);
}

} // namespace frontline::client::ui
