<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%1 has %n problem(s).</source>
        <translation>
            <numerusform>%1 has %n problem.</numerusform>
            <numerusform>%1 has %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>%1 has %n problem(s): %2</source>
        <translation>
            <numerusform>%1 has %n problem: %2</numerusform>
            <numerusform>%1 has %n problems: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message numerus="yes">
        <source>%n data value(s) have a bad period: %1</source>
        <translation>
            <numerusform>%n data value has a bad period: %1</numerusform>
            <numerusform>%n data values have a bad period: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorService</name>
    <message numerus="yes">
        <source>Indicator %1 already has %n reported value(s); its value type and frequency can no longer change. Create a new indicator instead.</source>
        <translation>
            <numerusform>Indicator %1 already has %n reported value; its value type and frequency can no longer change. Create a new indicator instead.</numerusform>
            <numerusform>Indicator %1 already has %n reported values; its value type and frequency can no longer change. Create a new indicator instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indicator %1 has %n reported value(s) for “%2”; that option cannot be taken out of its disaggregation.</source>
        <translation>
            <numerusform>Indicator %1 has %n reported value for “%2”; that option cannot be taken out of its disaggregation.</numerusform>
            <numerusform>Indicator %1 has %n reported values for “%2”; that option cannot be taken out of its disaggregation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indicator %1 has %n reported value(s) and cannot be removed.</source>
        <translation>
            <numerusform>Indicator %1 has %n reported value and cannot be removed.</numerusform>
            <numerusform>Indicator %1 has %n reported values and cannot be removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message numerus="yes">
        <source>%n option(s) by %1</source>
        <translation>
            <numerusform>%n option by %1</numerusform>
            <numerusform>%n options by %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteService</name>
    <message numerus="yes">
        <source>Site %1 has %n reported value(s) and cannot be removed; set its status to Closed instead.</source>
        <translation>
            <numerusform>Site %1 has %n reported value and cannot be removed; set its status to Closed instead.</numerusform>
            <numerusform>Site %1 has %n reported values and cannot be removed; set its status to Closed instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SitesPage</name>
    <message numerus="yes">
        <source>%1 of %n site(s)</source>
        <translation>
            <numerusform>%1 of %n site</numerusform>
            <numerusform>%1 of %n sites</numerusform>
        </translation>
    </message>
</context>
</TS>
