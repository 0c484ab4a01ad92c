#include "ciclassfields.h"

#include "client/app/admin/adminrows.h"
#include "client/core/fieldcatalogue.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

QPushButton* ciClassButton(const QString& text, const QString& description)
{
    auto* button = new QPushButton(text);
    button->setAutoDefault(false);
    button->setAccessibleDescription(description);
    return button;
}

} // namespace

CiClassFieldsEditor::CiClassFieldsEditor(FieldCatalogue& catalogue, QWidget* parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_choices(new QComboBox)
    , m_add(ciClassButton(tr("A&dd attribute"),
                          tr("Adds the chosen custom field to the class's attributes")))
    , m_list(new QListWidget)
    , m_up(ciClassButton(tr("Move up"), tr("Moves the selected attribute one place up")))
    , m_down(ciClassButton(tr("Move down"), tr("Moves the selected attribute one place down")))
    , m_remove(ciClassButton(tr("Remove attribute"),
                             tr("Takes the selected attribute off the class; the items keep "
                                "no value for it")))
    , m_problem(plainLabel())
{
    m_choices->setObjectName(u"ciClassFieldChoice"_s);
    m_add->setObjectName(u"ciClassAddField"_s);
    m_list->setObjectName(u"ciClassFieldList"_s);
    m_up->setObjectName(u"ciClassFieldUp"_s);
    m_down->setObjectName(u"ciClassFieldDown"_s);
    m_remove->setObjectName(u"ciClassFieldRemove"_s);
    m_problem->setObjectName(u"ciClassFieldProblem"_s);
    m_choices->setAccessibleDescription(tr("The custom fields the class does not have yet"));
    m_choices->setToolTip(m_choices->accessibleDescription());
    m_list->setAccessibleName(tr("Attributes"));
    m_list->setAccessibleDescription(
        tr("The class's attributes in the order the CI editor shows them; checked: required. "
           "Drag an attribute or use Move up and Move down to reorder"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_problem->setWordWrap(true);
    Theme::setStyleSheet(m_problem, u"color: {ErrorText};"_s);
    m_problem->hide();

    auto* choiceLabel = new QLabel(tr("Pic&k a field"));
    choiceLabel->setBuddy(m_choices);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(choiceLabel);
    addRow->addWidget(m_choices, 1);
    addRow->addWidget(m_add);
    auto* hint = plainLabel(tr("Checked: every item of the class must have a value. New fields "
                               "are made in the Fields tab."));
    hint->setWordWrap(true);
    Theme::setStyleSheet(hint, u"color: {MutedText};"_s);
    auto* moveButtons = new QHBoxLayout;
    moveButtons->addWidget(m_up);
    moveButtons->addWidget(m_down);
    moveButtons->addStretch(1);
    moveButtons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(addRow);
    layout->addWidget(hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_problem);
    layout->addLayout(moveButtons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString name = m_choices->currentData().toString();
        if (!name.isEmpty())
            addField(name);
    });
    connect(m_up, &QPushButton::clicked, this,
            [this] { moveRow(m_list->currentRow(), m_list->currentRow() - 1); });
    connect(m_down, &QPushButton::clicked, this,
            [this] { moveRow(m_list->currentRow(), m_list->currentRow() + 1); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeRow(m_list->currentRow()); });
    connect(m_list, &QListWidget::itemChanged, this, &CiClassFieldsEditor::edited);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &CiClassFieldsEditor::edited);
    connect(m_list, &QListWidget::currentRowChanged, this, &CiClassFieldsEditor::updateButtons);
    // The labels anew (a field made or renamed meanwhile), the attributes as the admin has them.
    connect(&m_catalogue, &FieldCatalogue::loaded, this, [this] {
        const QList<api::CiClassField> kept = fields();
        const int row = m_list->currentRow();
        setFields(kept);
        m_list->setCurrentRow(row);
    });
    refreshChoices();
    updateButtons();
}

void CiClassFieldsEditor::setFields(const QList<api::CiClassField>& fields)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
    }
    for (const api::CiClassField& entry : fields) {
        const QSignalBlocker blocker(this);
        addField(entry.field, entry.required);
    }
    m_list->setCurrentRow(-1);
    clearProblem();
    refreshChoices();
    updateButtons();
}

QList<api::CiClassField> CiClassFieldsEditor::fields() const
{
    QList<api::CiClassField> fields;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        fields.append({item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked});
    }
    return fields;
}

void CiClassFieldsEditor::addField(const QString& name, bool required)
{
    const auto field = m_catalogue.field(name);
    const QString text = !field ? tr("%1 (not a custom field)").arg(name)
        : field->active         ? tr("%1 (%2)").arg(field->label, name)
                                : tr("%1 (%2, inactive field)").arg(field->label, name);
    m_list->setCurrentItem(addPickedField(
        m_list, name, text, required, tr("Checked: every item of the class must have a value")));
    refreshChoices();
    edited();
}

void CiClassFieldsEditor::setRequired(int row, bool required)
{
    if (QListWidgetItem* item = m_list->item(row))
        item->setCheckState(required ? Qt::Checked : Qt::Unchecked); // itemChanged: edited
}

void CiClassFieldsEditor::moveRow(int row, int to)
{
    QListWidgetItem* item = movePickedField(m_list, row, to);
    if (!item)
        return;
    m_list->setCurrentItem(item);
    edited();
}

void CiClassFieldsEditor::removeRow(int row)
{
    if (!removePickedField(m_list, row))
        return;
    refreshChoices();
    edited();
}

void CiClassFieldsEditor::refreshChoices()
{
    QStringList taken;
    for (const api::CiClassField& entry : fields())
        taken.append(entry.field);
    m_add->setEnabled(offerFields(m_choices, m_catalogue.fields(), taken, tr("%1 (%2)")));
}

void CiClassFieldsEditor::showProblem(int row, const QString& message)
{
    if (row >= 0 && row < m_list->count()) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(row);
    }
    setPlainText(m_problem, message);
    m_problem->show();
    updateButtons();
}

void CiClassFieldsEditor::clearProblem()
{
    m_problem->hide();
}

void CiClassFieldsEditor::edited()
{
    clearProblem();
    updateButtons();
    if (!signalsBlocked())
        Q_EMIT changed();
}

void CiClassFieldsEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
    m_remove->setEnabled(row >= 0);
}

} // namespace frontline::client::ui
