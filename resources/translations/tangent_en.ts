<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DerivativeCommand</name>
    <message numerus="yes">
        <source>--export-derivatives: %n files need a FOLDER/ for their results, not &apos;%1&apos;</source>
        <translation>
            <numerusform>--export-derivatives: %n file needs a FOLDER/ for its result, not &apos;%1&apos;</numerusform>
            <numerusform>--export-derivatives: %n files need a FOLDER/ for their results, not &apos;%1&apos;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message numerus="yes">
        <source>the x column is column %1, but the table has %n column(s)</source>
        <translation>
            <numerusform>the x column is column %1, but the table has %n column</numerusform>
            <numerusform>the x column is column %1, but the table has %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>y column %1 is chosen, but the table has %n column(s)</source>
        <translation>
            <numerusform>y column %1 is chosen, but the table has %n column</numerusform>
            <numerusform>y column %1 is chosen, but the table has %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the group column is column %1, but the table has %n column(s)</source>
        <translation>
            <numerusform>the group column is column %1, but the table has %n column</numerusform>
            <numerusform>the group column is column %1, but the table has %n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tangent::ui::BatchExportDialog</name>
    <message numerus="yes">
        <source>Writing the derivative of %n file(s) into %1, computed as %2</source>
        <translation>
            <numerusform>Writing the derivative of %n file into %1, computed as %2</numerusform>
            <numerusform>Writing the derivative of %n files into %1, computed as %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) written to %2.</source>
        <translation>
            <numerusform>%1 of %n file written to %2.</numerusform>
            <numerusform>%1 of %n files written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not started.</source>
        <translation>
            <numerusform>Cancelled: %n file not started.</numerusform>
            <numerusform>Cancelled: %n files not started.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tangent::ui::DataTableView</name>
    <message numerus="yes">
        <source>Pasted %n row(s)</source>
        <translation>
            <numerusform>Pasted %n row</numerusform>
            <numerusform>Pasted %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tangent::ui::Document</name>
    <message numerus="yes">
        <source>Grouped by &apos;%1&apos;: %n group(s), each differentiated on its own rows.</source>
        <translation>
            <numerusform>Grouped by &apos;%1&apos;: %n group, each differentiated on its own rows.</numerusform>
            <numerusform>Grouped by &apos;%1&apos;: %n groups, each differentiated on its own rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tangent::ui::FileController</name>
    <message numerus="yes">
        <source>Opened %1: %n row(s)</source>
        <translation>
            <numerusform>Opened %1: %n row</numerusform>
            <numerusform>Opened %1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n sheet(s); reading the first, %2</source>
        <translation>
            <numerusform>%1 has %n sheet; reading the first, %2</numerusform>
            <numerusform>%1 has %n sheets; reading the first, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tangent::ui::ImportDialog</name>
    <message numerus="yes">
        <source>%n column(s).</source>
        <translation>
            <numerusform>%n column.</numerusform>
            <numerusform>%n columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tangent::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tangent::ui::SheetChooser</name>
    <message numerus="yes">
        <source>%1 has %n sheet(s). Which one should be opened?</source>
        <translation>
            <numerusform>%1 has %n sheet. Which one should be opened?</numerusform>
            <numerusform>%1 has %n sheets. Which one should be opened?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n row)</numerusform>
            <numerusform>%1 (%n rows)</numerusform>
        </translation>
    </message>
</context>
</TS>
