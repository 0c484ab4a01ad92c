#include "adminpage.h"

#include "client/core/errortext.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

AdminPage::AdminPage(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget)
    , m_form(new QFormLayout)
    , m_new(new QPushButton(tr("&New")))
    , m_save(new QPushButton(tr("&Save")))
    , m_delete(new QPushButton)
    , m_status(plainLabel())
    , m_extra(new QWidget)
{
    m_list->setObjectName(u"adminList"_s);
    m_save->setObjectName(u"adminSave"_s);
    m_new->setObjectName(u"adminNew"_s);
    m_delete->setObjectName(u"adminDelete"_s);
    m_delete->hide();
    m_status->setObjectName(u"adminStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    m_list->setMinimumWidth(220);
    m_list->setAccessibleDescription(tr("Choose one to edit it in the form beside"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto* right = new QVBoxLayout;
    right->addLayout(m_form);
    right->addWidget(m_extra, 1);
    right->addWidget(m_status);
    right->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 2);
    layout->addLayout(right, 3);

    connect(m_list, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* item, QListWidgetItem* previous) {
                if (!hasUnsavedEdits()) {
                    showChosen(item);
                    return;
                }
                // Asked from the event loop, once the view has finished handling the press or
                // key (it still moves its selection after telling of the new current row).
                if (!m_wanted) {
                    m_editing = previous ? previous->data(Qt::UserRole) : QVariant();
                    QMetaObject::invokeMethod(this, &AdminPage::askBeforeShowing,
                                              Qt::QueuedConnection);
                }
                m_wanted = item ? item->data(Qt::UserRole) : QVariant();
            });
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (!confirmDiscard())
            return;
        showChosen(nullptr);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_sent = editorNow();
        save();
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString question = deleteQuestion();
        if (!m_deletable || question.isEmpty())
            return;
        QString title = m_delete->text();
        title.remove(u'&');
        // The question waits in an event loop of its own: a push read meanwhile may have
        // refilled the editor with no stored record (deleted elsewhere).
        if (QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                  QMessageBox::No)
                == QMessageBox::Yes
            && m_deletable)
            removeRecord();
    });
}

namespace {

QListWidgetItem* rowWithData(QListWidget* list, const QVariant& data)
{
    if (!data.isValid())
        return nullptr;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole) == data)
            return list->item(row);
    }
    return nullptr;
}

} // namespace

bool AdminPage::confirmDiscard()
{
    if (!hasUnsavedEdits())
        return true;
    return QMessageBox::question(this, tr("Unsaved changes"),
                                 tr("The changes in the form are not saved. Discard them?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Discard;
}

void AdminPage::showChosen(QListWidgetItem* item)
{
    {
        const QSignalBlocker quiet(m_list);
        m_list->setCurrentItem(item);
    }
    m_status->hide();
    showRecord(item ? item->data(Qt::UserRole) : QVariant());
}

void AdminPage::dropPendingChoice()
{
    if (!std::exchange(m_wanted, std::nullopt))
        return;
    const QSignalBlocker quiet(m_list);
    m_list->setCurrentItem(rowWithData(m_list, m_editing));
}

void AdminPage::askBeforeShowing()
{
    if (!m_wanted)
        return;
    const QVariant wanted = *m_wanted;
    dropPendingChoice();
    if (wanted == m_editing)
        return; // chosen again before anything was asked
    // The edits may have been saved or the list read again meanwhile.
    if (!confirmDiscard())
        return;
    QListWidgetItem* item = rowWithData(m_list, wanted);
    if (wanted.isValid() && !item)
        return; // deleted while the question was open: the editor stays as it is
    showChosen(item);
}

bool AdminPage::hasUnsavedEdits() const
{
    return m_clean && editorNow().differsFrom(*m_clean);
}

EditorSnapshot AdminPage::editorNow() const
{
    return EditorSnapshot::of({m_form}, {m_extra});
}

void AdminPage::markEditorClean()
{
    m_sent.reset(); // a save answered after this speaks of what the editor no longer holds
    m_clean = editorNow();
}

void AdminPage::markEditorSaved()
{
    m_clean = m_sent ? std::exchange(m_sent, std::nullopt) : editorNow();
}

bool AdminPage::editedSinceSave() const
{
    return m_sent && editorNow().differsFrom(*m_sent);
}

void AdminPage::markFieldClean(QWidget* field)
{
    if (m_clean)
        m_clean->adopt(editorNow(), field);
}

bool AdminPage::fieldEdited(QWidget* field) const
{
    return m_clean && !editorNow().sameField(*m_clean, field);
}

void AdminPage::notAnEdit(QWidget* widget)
{
    EditorSnapshot::ignore(widget);
}

void AdminPage::offerDelete(const QString& text)
{
    m_delete->setText(text);
    m_delete->show();
}

void AdminPage::setDeletable(bool deletable)
{
    m_deletable = deletable;
    m_delete->setEnabled(m_deletable && m_pending == 0);
}

QString AdminPage::describeField(const QString& field) const
{
    return ErrorText::fieldLabel(field);
}

QString AdminPage::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void AdminPage::showRefusal(const QString& field, const QString& message)
{
    showStatus(field.isEmpty() ? message : u"%1 %2"_s.arg(describeField(field), message), true);
}

void AdminPage::setBusy(bool busy)
{
    m_pending = busy ? 1 : 0;
    m_save->setEnabled(!busy);
    m_delete->setEnabled(m_deletable && !busy);
}

void AdminPage::showStatus(const QString& text, bool error)
{
    setPlainText(m_status, text);
    Theme::setStyleSheet(m_status, error ? u"color: {ErrorText};"_s : u"color: {SuccessText};"_s);
    m_status->show();
}

void AdminPage::hideStatus()
{
    m_status->hide();
}

void AdminPage::setRecordsName(const QString& name)
{
    m_list->setAccessibleName(name);
}

} // namespace frontline::client::ui
