<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <source>%n entry(s) shown, newest first</source>
        <translation>
            <numerusform>%n entry shown, newest first</numerusform>
            <numerusform>%n entries shown, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <source>This database exchanges sync packages with %n other database(s). After restoring, set the field laptops up again with new starter packages (Sync page), so that no change is taken for one already exchanged.</source>
        <translation>
            <numerusform>This database exchanges sync packages with %n other database. After restoring, set the field laptops up again with new starter packages (Sync page), so that no change is taken for one already exchanged.</numerusform>
            <numerusform>This database exchanges sync packages with %n other databases. After restoring, set the field laptops up again with new starter packages (Sync page), so that no change is taken for one already exchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <source>no value (%n report(s))</source>
        <translation>
            <numerusform>no value (%n report)</numerusform>
            <numerusform>no value (%n reports)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n site(s)</source>
        <translation>
            <numerusform>; %n site</numerusform>
            <numerusform>; %n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n report(s)</source>
        <translation>
            <numerusform>, %n report</numerusform>
            <numerusform>, %n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%1 has %n problem(s).</source>
        <translation>
            <numerusform>%1 has %n problem.</numerusform>
            <numerusform>%1 has %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: --all-or-nothing and %n row(s) rejected.</source>
        <translation>
            <numerusform>Nothing was imported: --all-or-nothing and %n row rejected.</numerusform>
            <numerusform>Nothing was imported: --all-or-nothing and %n rows rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) rejected.</source>
        <translation>
            <numerusform>Nothing was imported: %n row rejected.</numerusform>
            <numerusform>Nothing was imported: %n rows rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote a starter package for %1 with %n row(s) to %2.</source>
        <translation>
            <numerusform>Wrote a starter package for %1 with %n row to %2.</numerusform>
            <numerusform>Wrote a starter package for %1 with %n rows to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote a package for %1 with %n row(s) to %2.</source>
        <translation>
            <numerusform>Wrote a package for %1 with %n row to %2.</numerusform>
            <numerusform>Wrote a package for %1 with %n rows to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%1 to %2: %n report(s) from %3 site(s), %4.</source>
        <translation>
            <numerusform>%1 to %2: %n report from %3 site, %4.</numerusform>
            <numerusform>%1 to %2: %n reports from %3 sites, %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataEntryService</name>
    <message numerus="yes">
        <source>%1: %2 is far from this site&apos;s usual values (%3 to %4 over the last %n report(s)); correct it or explain it in the cell&apos;s comment.</source>
        <translation>
            <numerusform>%1: %2 is far from this site&apos;s usual values (%3 to %4 over the last %n report); correct it or explain it in the cell&apos;s comment.</numerusform>
            <numerusform>%1: %2 is far from this site&apos;s usual values (%3 to %4 over the last %n reports); correct it or explain it in the cell&apos;s comment.</numerusform>
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
    <name>EntryPage</name>
    <message numerus="yes">
        <source>paste of %n cell(s)</source>
        <translation>
            <numerusform>paste of %n cell</numerusform>
            <numerusform>paste of %n cells</numerusform>
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
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>%n draft report(s) created.</source>
        <translation>
            <numerusform>%n draft report created.</numerusform>
            <numerusform>%n draft reports created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) saved to %1.</source>
        <translation>
            <numerusform>%n rejected row saved to %1.</numerusform>
            <numerusform>%n rejected rows saved to %1.</numerusform>
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
    <name>MetadataImport</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) of the file were rejected. Correct them and import the whole file again.</source>
        <translation>
            <numerusform>Nothing was imported: %n row of the file were rejected. Correct them and import the whole file again.</numerusform>
            <numerusform>Nothing was imported: %n rows of the file were rejected. Correct them and import the whole file again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message numerus="yes">
        <source>The new account starts as a viewer; choose its role and sites in the editor afterwards. Passwords need at least %n character(s).</source>
        <translation>
            <numerusform>The new account starts as a viewer; choose its role and sites in the editor afterwards. Passwords need at least %n character.</numerusform>
            <numerusform>The new account starts as a viewer; choose its role and sites in the editor afterwards. Passwords need at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A new password for %1. Passwords need at least %n character(s).</source>
        <translation>
            <numerusform>A new password for %1. Passwords need at least %n character.</numerusform>
            <numerusform>A new password for %1. Passwords need at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Type your current password, then the new one twice. Passwords need at least %n character(s).</source>
        <translation>
            <numerusform>Type your current password, then the new one twice. Passwords need at least %n character.</numerusform>
            <numerusform>Type your current password, then the new one twice. Passwords need at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message numerus="yes">
        <source>All %n criteria score 3 or more.</source>
        <translation>
            <numerusform>All %n criteria score 3 or more.</numerusform>
            <numerusform>All %n criteria score 3 or more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criteria have no score yet; see the missing evidence.</source>
        <translation>
            <numerusform>%n criteria have no score yet; see the missing evidence.</numerusform>
            <numerusform>%n criteria have no score yet; see the missing evidence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln indicator(s) with an effect estimate</source>
        <translation>
            <numerusform>%Ln indicator with an effect estimate</numerusform>
            <numerusform>%Ln indicators with an effect estimate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln equity comparison(s)</source>
        <translation>
            <numerusform>%Ln equity comparison</numerusform>
            <numerusform>%Ln equity comparisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coverage indicator(s)</source>
        <translation>
            <numerusform>%Ln coverage indicator</numerusform>
            <numerusform>%Ln coverage indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scored visit(s) in twelve months</source>
        <translation>
            <numerusform>%Ln scored visit in twelve months</numerusform>
            <numerusform>%Ln scored visits in twelve months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln beneficiaries</source>
        <translation>
            <numerusform>%Ln beneficiaries</numerusform>
            <numerusform>%Ln beneficiaries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expected report(s)</source>
        <translation>
            <numerusform>%Ln expected report</numerusform>
            <numerusform>%Ln expected reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) received</source>
        <translation>
            <numerusform>%Ln report received</numerusform>
            <numerusform>%Ln reports received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message numerus="yes">
        <source>%1 cannot be submitted while %n problem(s) remain: %2</source>
        <translation>
            <numerusform>%1 cannot be submitted while %n problem remains: %2</numerusform>
            <numerusform>%1 cannot be submitted while %n problems remain: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message numerus="yes">
        <source>Too many wrong passwords: you can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords: you can try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords: you can try again in %n seconds.</numerusform>
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
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>%n change(s) written to %1.

Send the file to your manager (%2), who imports it on the Sync page.</source>
        <translation>
            <numerusform>%n change written to %1.

Send the file to your manager (%2), who imports it on the Sync page.</numerusform>
            <numerusform>%n changes written to %1.

Send the file to your manager (%2), who imports it on the Sync page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1 for %2.

Send the file to the officer, who imports it on the Sync page.</source>
        <translation>
            <numerusform>%n change written to %1 for %2.

Send the file to the officer, who imports it on the Sync page.</numerusform>
            <numerusform>%n changes written to %1 for %2.

Send the file to the officer, who imports it on the Sync page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message numerus="yes">
        <source>%n conflict(s) settled by a resolution that arrived.</source>
        <translation>
            <numerusform>%n conflict settled by a resolution that arrived.</numerusform>
            <numerusform>%n conflicts settled by a resolution that arrived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rejected.</source>
        <translation>
            <numerusform>… and %n more rejected.</numerusform>
            <numerusform>… and %n more rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message numerus="yes">
        <source>Too many wrong passwords for %1: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Too many wrong passwords for %1: wait %n second before trying again.</numerusform>
            <numerusform>Too many wrong passwords for %1: wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
</TS>
