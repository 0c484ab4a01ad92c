// What an administration page counts as an unsaved edit (EditorSnapshot), on real widgets
// offscreen: each kind of input, a choice by its data, list items by their record, a table cell
// open for typing, the parts left out, and a widget made where a deleted one was.
#include "client/app/admin/editorsnapshot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QWidget>

#include <gtest/gtest.h>
#include <memory>

using namespace frontline::client::ui;
using namespace Qt::StringLiterals;

namespace {

struct Form
{
    QWidget page;
    QFormLayout* layout = new QFormLayout(&page);
    QLineEdit* name = new QLineEdit(u"Desk"_s);
    QPlainTextEdit* notes = new QPlainTextEdit(u"First line"_s);
    QComboBox* group = new QComboBox;
    QSpinBox* tier = new QSpinBox;
    QCheckBox* active = new QCheckBox;
    QListWidget* fields = new QListWidget;
    QTableWidget* options = new QTableWidget(1, 1);
    QLineEdit* search = new QLineEdit;

    Form()
    {
        group->addItem(u"Network (L2)"_s, 7);
        group->addItem(u"Field service (L1)"_s, 9);
        auto* item = new QListWidgetItem(u"Asset tag (asset_tag)"_s, fields);
        item->setData(Qt::UserRole, u"asset_tag"_s);
        item->setCheckState(Qt::Unchecked);
        options->setItem(0, 0, new QTableWidgetItem(u"Paris"_s));
        for (QWidget* field : std::initializer_list<QWidget*> {name, notes, group, tier, active,
                                                               fields, options, search})
            layout->addRow(field);
        EditorSnapshot::ignore(search);
    }

    EditorSnapshot now() { return EditorSnapshot::of({layout}, {}); }
};

} // namespace

TEST(EditorSnapshot, EachKindOfInputChangedIsAnEditAndBackIsNone)
{
    Form form;
    const EditorSnapshot clean = form.now();
    EXPECT_FALSE(form.now().differsFrom(clean));

    const auto edits = [&](const std::function<void()>& change, const std::function<void()>& back) {
        change();
        const bool edited = form.now().differsFrom(clean);
        back();
        return edited && !form.now().differsFrom(clean);
    };
    EXPECT_TRUE(
        edits([&] { form.name->setText(u"Desk 2"_s); }, [&] { form.name->setText(u"Desk"_s); }));
    EXPECT_TRUE(edits([&] { form.notes->appendPlainText(u"Second"_s); },
                      [&] { form.notes->setPlainText(u"First line"_s); }));
    EXPECT_TRUE(
        edits([&] { form.group->setCurrentIndex(1); }, [&] { form.group->setCurrentIndex(0); }));
    EXPECT_TRUE(edits([&] { form.tier->setValue(3); }, [&] { form.tier->setValue(0); }));
    EXPECT_TRUE(
        edits([&] { form.active->setChecked(true); }, [&] { form.active->setChecked(false); }));
    EXPECT_TRUE(edits([&] { form.fields->item(0)->setCheckState(Qt::Checked); },
                      [&] { form.fields->item(0)->setCheckState(Qt::Unchecked); }));
    EXPECT_TRUE(edits([&] { form.options->item(0, 0)->setText(u"Lyon"_s); },
                      [&] { form.options->item(0, 0)->setText(u"Paris"_s); }));
    EXPECT_TRUE(
        edits([&] { form.options->setRowCount(2); }, [&] { form.options->setRowCount(1); }));

    // Left out: typing a search is no edit.
    form.search->setText(u"printer"_s);
    EXPECT_FALSE(form.now().differsFrom(clean));
}

TEST(EditorSnapshot, ChoicesAndListItemsCountByTheirRecordNotTheirText)
{
    Form form;
    const EditorSnapshot clean = form.now();
    // The group list read again with a group renamed elsewhere: the same group is chosen.
    form.group->setItemText(0, u"Networks (L2)"_s);
    // A field's label renamed elsewhere: the same field is picked.
    form.fields->item(0)->setText(u"Inventory number (asset_tag)"_s);
    EXPECT_FALSE(form.now().differsFrom(clean));
    form.fields->item(0)->setData(Qt::UserRole, u"serial"_s);
    EXPECT_TRUE(form.now().differsFrom(clean)) << "another field";
}

TEST(EditorSnapshot, ACellOpenForTypingIsAnEdit)
{
    Form form;
    form.page.show();
    const EditorSnapshot clean = form.now();
    form.options->editItem(form.options->item(0, 0));
    EXPECT_TRUE(form.now().differsFrom(clean)) << "its text is not in the item yet";
}

TEST(EditorSnapshot, AFieldRefilledLaterAdoptsItsNewValueAlone)
{
    Form form;
    EditorSnapshot clean = form.now();
    form.name->setText(u"Typed"_s);
    form.group->setCurrentIndex(1); // the list read later chose the record's group
    EXPECT_FALSE(clean.sameField(form.now(), form.group));
    clean.adopt(form.now(), form.group);
    EXPECT_TRUE(clean.sameField(form.now(), form.group));
    EXPECT_TRUE(form.now().differsFrom(clean)) << "the typed name is still an edit";
}

TEST(EditorSnapshot, AWidgetMadeWhereADeletedOneWasIsNotTakenForIt)
{
    QWidget page;
    auto* layout = new QFormLayout(&page);
    auto first = std::make_unique<QLineEdit>(u"kept"_s);
    layout->addRow(first.get());
    const EditorSnapshot clean = EditorSnapshot::of({layout}, {});
    const QWidget* address = first.get();
    first.reset();
    // However the allocator places the new one, a clean snapshot never vouches for it.
    auto second = std::make_unique<QLineEdit>(u"kept"_s);
    layout->addRow(second.get());
    const bool reused = second.get() == address;
    EXPECT_TRUE(EditorSnapshot::of({layout}, {}).differsFrom(clean)) << "reused: " << reused;
}
