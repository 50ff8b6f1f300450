<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditLog</name>
    <message>
        <source>Could not record the change in the audit log: %1</source>
        <translation>无法将此次更改记入审计日志：%1</translation>
    </message>
</context>
<context>
    <name>CategoryOptionRepository</name>
    <message>
        <source>Could not store the dimension %1 of option %2: %3</source>
        <translation>无法保存分类选项 %2 的维度 %1：%3</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: %1 [FILE.db]
       %1 VERB [OPTIONS]

Without a verb, opens the window (on FILE.db if given).

Verbs:
  generate --out FILE.db [--sites N] [--months M] [--seed S]
           Write the demonstration programme to a new database file.
  check FILE.db
           Check a database&apos;s integrity and schema without changing it.

Options:
  -h, --help      Show this help, or a verb&apos;s help after the verb.
  -v, --version   Show the version.

Exit codes: 0 success, 1 usage error, 2 file error, 3 check found problems,
4 operation failed.
</source>
        <translation>用法：%1 [FILE.db]
      %1 VERB [OPTIONS]

不带子命令时，打开程序窗口（如指定 FILE.db，则打开该文件）。

子命令：
  generate --out FILE.db [--sites N] [--months M] [--seed S]
           将演示项目写入新的数据库文件。
  check FILE.db
           检查数据库的完整性和结构，不作任何修改。

选项：
  -h, --help      显示本帮助信息；放在子命令之后则显示该子命令的帮助。
  -v, --version   显示版本号。

退出码：0 成功，1 用法错误，2 文件错误，3 检查发现问题，
4 操作失败。
</translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1&quot;.</source>
        <translation>未知子命令“%1”。</translation>
    </message>
    <message>
        <source>Write the demonstration programme to a new database file.</source>
        <translation>将演示项目写入新的数据库文件。</translation>
    </message>
    <message>
        <source>The new database file (must not exist).</source>
        <translation>新的数据库文件（该文件不得已存在）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Number of sites (default %1).</source>
        <translation>项目点数量（默认为 %1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of months (default %1).</source>
        <translation>月数（默认为 %1）。</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation>随机数种子（默认为 %1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助信息。</translation>
    </message>
    <message>
        <source>generate: unexpected argument &quot;%1&quot;.</source>
        <translation>generate：多余的参数“%1”。</translation>
    </message>
    <message>
        <source>generate: --out FILE.db is required.</source>
        <translation>generate：必须指定 --out FILE.db。</translation>
    </message>
    <message>
        <source>generate: --sites needs a whole number, not &quot;%1&quot;.</source>
        <translation>generate：--sites 须为整数，不能是“%1”。</translation>
    </message>
    <message>
        <source>generate: --months needs a whole number, not &quot;%1&quot;.</source>
        <translation>generate：--months 须为整数，不能是“%1”。</translation>
    </message>
    <message>
        <source>generate: --seed needs a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>generate：--seed 须为 0 至 4294967295 之间的整数，不能是“%1”。</translation>
    </message>
    <message>
        <source>generate: %1</source>
        <translation>generate：%1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 sites, %3 indicators, %4 months, %5 data values in %6 s.</source>
        <translation>已写入 %1：%2 个项目点、%3 项指标、%4 个月、%5 个数据值，用时 %6 秒。</translation>
    </message>
    <message>
        <source>Check a database&apos;s integrity and schema without changing it.</source>
        <translation>检查数据库的完整性和结构，不作任何修改。</translation>
    </message>
    <message>
        <source>FILE.db</source>
        <translation>FILE.db</translation>
    </message>
    <message>
        <source>The database file to check.</source>
        <translation>要检查的数据库文件。</translation>
    </message>
    <message>
        <source>check: give exactly one database file.</source>
        <translation>check：须指定且只能指定一个数据库文件。</translation>
    </message>
    <message>
        <source>check: %1</source>
        <translation>check：%1</translation>
    </message>
    <message>
        <source>%1 is healthy.</source>
        <translation>%1 状态正常，未发现问题。</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s).</source>
        <translation>
            <numerusform>%1 存在 %n 个问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataValueService</name>
    <message>
        <source>%1 (%2) may not enter data for site %3.</source>
        <translation>%1（%2）无权录入项目点 %3 的数据。</translation>
    </message>
    <message>
        <source>The value refers to a site that does not exist.</source>
        <translation>该数据值所属的项目点不存在。</translation>
    </message>
    <message>
        <source>The value for site %1 refers to an indicator that does not exist.</source>
        <translation>项目点 %1 的数据值所属的指标不存在。</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>%1: the period is not valid.</source>
        <translation>%1：报告期无效。</translation>
    </message>
    <message>
        <source>%1: indicator %2 is reported %3, so the period must be of that kind.</source>
        <translation>%1：指标 %2 的报告频率为%3，报告期须与之相符。</translation>
    </message>
    <message>
        <source>%1: the category option is not part of this indicator&apos;s disaggregation.</source>
        <translation>%1：该分类选项不属于此指标的分类统计。</translation>
    </message>
    <message>
        <source>%1: enter both the numerator and the denominator.</source>
        <translation>%1：请同时填写分子和分母。</translation>
    </message>
    <message>
        <source>%1: the numerator and denominator cannot be negative.</source>
        <translation>%1：分子和分母不能为负数。</translation>
    </message>
    <message>
        <source>%1: the denominator is 0 but the numerator is %2.</source>
        <translation>%1：分母为 0，但分子为 %2。</translation>
    </message>
    <message>
        <source>%1: the numerator %2 is larger than the denominator %3.</source>
        <translation>%1：分子 %2 大于分母 %3。</translation>
    </message>
    <message>
        <source>%1: the value is empty.</source>
        <translation>%1：数据值为空。</translation>
    </message>
    <message>
        <source>%1: the value %2 is outside the valid range %3 – %4.</source>
        <translation>%1：数据值 %2 超出有效范围 %3 – %4。</translation>
    </message>
    <message>
        <source>%1: a yes/no value must be 1 (yes) or 0 (no).</source>
        <translation>%1：是/否型数据值必须为 1（是）或 0（否）。</translation>
    </message>
    <message>
        <source>The value for %1 is approved and locked; ask a programme manager to reopen it.</source>
        <translation>%1 的数据值已批准并锁定；如需修改，请联系项目经理重新开放。</translation>
    </message>
    <message>
        <source>%1: %2 / %3 gives %4, outside the valid range %5 – %6.</source>
        <translation>%1：%2 / %3 得到 %4，超出有效范围 %5 – %6。</translation>
    </message>
    <message>
        <source>A field officer can save a value as a draft or submit it; approving or returning it is for a programme manager.</source>
        <translation>基层工作人员可以将数据值保存为草稿或提交；批准或退回由项目经理负责。</translation>
    </message>
    <message>
        <source>The value for %1 no longer exists.</source>
        <translation>%1 的数据值已不存在。</translation>
    </message>
    <message>
        <source>The value for %1 was changed by someone else since it was opened; reload it and try again.</source>
        <translation>打开后，%1 的数据值已被他人修改；请重新加载后再试。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not start upgrading the database to schema version %1: %2</source>
        <translation>无法开始将数据库升级到结构版本 %1：%2</translation>
    </message>
    <message>
        <source>Could not upgrade the database to schema version %1: %2</source>
        <translation>无法将数据库升级到结构版本 %1：%2</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The database file %1 does not exist or is empty.</source>
        <translation>数据库文件 %1 不存在或为空。</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: permission denied.</source>
        <translation>无法读取数据库文件 %1：没有访问权限。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: %2</source>
        <translation>无法读取数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a ScaleReady database: it is not an SQLite file.</source>
        <translation>%1 不是 ScaleReady 数据库：它不是 SQLite 文件。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened: %2</source>
        <translation>无法打开数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>The database file %1 is damaged: %2</source>
        <translation>数据库文件 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a ScaleReady database.</source>
        <translation>%1 是其他应用程序的 SQLite 数据库，不是 ScaleReady 数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of ScaleReady (schema version %2; this version reads up to %3). Install the newer version to open it.</source>
        <translation>%1 由较新版本的 ScaleReady 写入（结构版本 %2；本版本最高只能读取结构版本 %3）。请安装较新版本后再打开该文件。</translation>
    </message>
    <message>
        <source>The database file %1 is read-only; ScaleReady needs to write to it. Copy it to a folder you can write to, or change its permissions.</source>
        <translation>数据库文件 %1 为只读，而 ScaleReady 需要写入该文件。请将其复制到有写入权限的文件夹，或修改其权限。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The database cannot be created in %1: the folder is read-only.</source>
        <translation>无法在 %1 中创建数据库：该文件夹为只读。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be prepared: %2</source>
        <translation>无法初始化数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The database file %1 has no identity (replica row); it may be damaged.</source>
        <translation>数据库文件 %1 没有数据库标识（缺少 replica 记录），可能已损坏。</translation>
    </message>
    <message>
        <source>The integrity check of %1 failed: %2</source>
        <translation>%1 的完整性检查未通过：%2</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>表 %2 的第 %1 行引用了表 %3 中不存在的行</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s): %2</source>
        <translation>
            <numerusform>%1 存在 %n 个问题：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start a transaction in %1: %2</source>
        <translation>无法在 %1 中启动事务：%2</translation>
    </message>
    <message>
        <source>Could not save the change in %1: %2</source>
        <translation>无法将更改保存到 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is empty; it is not a ScaleReady database.</source>
        <translation>文件 %1 是空文件，不是 ScaleReady 数据库。</translation>
    </message>
    <message>
        <source>The database file %1 is in a read-only folder; ScaleReady keeps a journal file beside it and needs to write there. Copy it to a folder you can write to.</source>
        <translation>数据库文件 %1 位于只读文件夹中；ScaleReady 需要在其旁边写入日志文件。请将其复制到您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be prepared for safe writing (write-ahead log): %2</source>
        <translation>无法为数据库文件 %1 启用安全写入（预写日志）：%2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of sites must be between 2 and %1; %2 was given.</source>
        <translation>项目点数量须在 2 至 %1 之间；当前指定为 %2。</translation>
    </message>
    <message>
        <source>The number of months must be between 12 and %1; %2 was given.</source>
        <translation>月数须在 12 至 %1 之间；当前指定为 %2。</translation>
    </message>
    <message>
        <source>The database connection gives no SQLite handle.</source>
        <translation>数据库连接未提供 SQLite 句柄。</translation>
    </message>
    <message>
        <source>The database is not ready for the demonstration programme: %1</source>
        <translation>数据库尚未就绪，无法写入演示项目：%1</translation>
    </message>
    <message>
        <source>Could not start writing the demonstration programme.</source>
        <translation>无法开始写入演示项目。</translation>
    </message>
    <message>
        <source>The demonstration programme could not be written: %1</source>
        <translation>无法写入演示项目：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name or move the existing file away.</source>
        <translation>%1 已存在；请另选文件名，或将现有文件移走。</translation>
    </message>
    <message>
        <source>The finished database could not be moved to %1.</source>
        <translation>无法将生成的数据库移动到 %1。</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>Schema version: %1 (this version of ScaleReady writes %2)</source>
        <translation>结构版本：%1（本版本 ScaleReady 写入的结构版本为 %2）</translation>
    </message>
    <message>
        <source>The file will be upgraded to schema version %1 when it is next opened for editing.</source>
        <translation>下次打开该文件进行编辑时，它将升级到结构版本 %1。</translation>
    </message>
    <message>
        <source>SQLite integrity check: ok</source>
        <translation>SQLite 完整性检查：通过</translation>
    </message>
    <message>
        <source>The schema lacks %1.</source>
        <translation>数据库结构缺少 %1。</translation>
    </message>
    <message>
        <source>%1 differs from schema version %2.</source>
        <translation>%1 与结构版本 %2 的定义不一致。</translation>
    </message>
    <message>
        <source>Extra object not made by ScaleReady: %1</source>
        <translation>存在非 ScaleReady 创建的额外对象：%1</translation>
    </message>
    <message>
        <source>The database has no identity (no local replica row).</source>
        <translation>数据库没有数据库标识（缺少本地 replica 记录）。</translation>
    </message>
    <message>
        <source>Database id: %1</source>
        <translation>数据库标识：%1</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>项目点</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Data values</source>
        <translation>数据值</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>审计日志条目</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n data value(s) have a bad period: %1</source>
        <translation>
            <numerusform>%n 个数据值的报告期无效：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>名称（英文）(&amp;E)：</translation>
    </message>
    <message>
        <source>Name (C&amp;hinese):</source>
        <translation>名称（中文）(&amp;H)：</translation>
    </message>
    <message>
        <source>Definition (English):</source>
        <translation>定义（英文）：</translation>
    </message>
    <message>
        <source>Definition (Chinese):</source>
        <translation>定义（中文）：</translation>
    </message>
    <message>
        <source>Outcome area:</source>
        <translation>成果领域：</translation>
    </message>
    <message>
        <source>Value type:</source>
        <translation>数值类型：</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>报告频率：</translation>
    </message>
    <message>
        <source>Valid range:</source>
        <translation>有效范围：</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>基线值：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标值：</translation>
    </message>
    <message>
        <source>Target counts:</source>
        <translation>目标值计算方式：</translation>
    </message>
    <message>
        <source>Disaggregation:</source>
        <translation>分类统计：</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>新建指标</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>指标 %1</translation>
    </message>
    <message>
        <source>e.g. EXBF</source>
        <translation>例如 EXBF</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>programme-wide baseline</source>
        <translation>全项目统一基线值</translation>
    </message>
    <message>
        <source>programme-wide target</source>
        <translation>全项目统一目标值</translation>
    </message>
    <message>
        <source>Required in every report</source>
        <translation>每期报告必填</translation>
    </message>
    <message>
        <source>&amp;Add indicator</source>
        <translation>添加指标(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <source>Select an indicator in the table to see and edit it, or choose Add indicator.</source>
        <translation>在表格中选择一个指标以查看和编辑，或点击“添加指标”。</translation>
    </message>
</context>
<context>
    <name>IndicatorOps</name>
    <message>
        <source>add indicator %1</source>
        <translation>添加指标 %1</translation>
    </message>
    <message>
        <source>edit indicator %1</source>
        <translation>编辑指标 %1</translation>
    </message>
    <message>
        <source>remove indicator %1</source>
        <translation>删除指标 %1</translation>
    </message>
</context>
<context>
    <name>IndicatorRepository</name>
    <message>
        <source>Could not store the disaggregation of %1: %2</source>
        <translation>无法保存 %1 的分类统计：%2</translation>
    </message>
</context>
<context>
    <name>IndicatorService</name>
    <message>
        <source>The indicator code is empty.</source>
        <translation>指标代码为空。</translation>
    </message>
    <message>
        <source>The indicator code &quot;%1&quot; contains spaces; use letters, digits, - or _.</source>
        <translation>指标代码“%1”包含空格；请使用字母、数字、- 或 _。</translation>
    </message>
    <message>
        <source>The indicator %1 has no name; enter it in English or Chinese.</source>
        <translation>指标 %1 没有名称；请填写英文或中文名称。</translation>
    </message>
    <message>
        <source>The indicator %1 belongs to no existing programme.</source>
        <translation>指标 %1 不属于任何现有项目。</translation>
    </message>
    <message>
        <source>The valid range of indicator %1 is empty: the minimum %2 is above the maximum %3.</source>
        <translation>指标 %1 的有效范围为空：最小值 %2 大于最大值 %3。</translation>
    </message>
    <message>
        <source>The valid range of indicator %1 does not fit its value type (%2).</source>
        <translation>指标 %1 的有效范围与其数值类型（%2）不符。</translation>
    </message>
    <message>
        <source>The baseline %1 of indicator %2 is outside its valid range %3.</source>
        <translation>指标 %2 的基线值 %1 超出其有效范围 %3。</translation>
    </message>
    <message>
        <source>The target %1 of indicator %2 is outside its valid range %3.</source>
        <translation>指标 %2 的目标值 %1 超出其有效范围 %3。</translation>
    </message>
    <message>
        <source>The disaggregation of indicator %1 uses an option that is not in this programme.</source>
        <translation>指标 %1 的分类统计使用了本项目中没有的分类选项。</translation>
    </message>
    <message>
        <source>The disaggregation of indicator %1 lists an option twice.</source>
        <translation>指标 %1 的分类统计中有重复的分类选项。</translation>
    </message>
    <message>
        <source>The indicator code %1 is already used by %2.</source>
        <translation>指标代码 %1 已被 %2 使用。</translation>
    </message>
    <message>
        <source>The indicator %1 no longer exists.</source>
        <translation>指标 %1 已不存在。</translation>
    </message>
    <message>
        <source>The value %1 for site %2 is outside the valid range %3 of indicator %4.</source>
        <translation>项目点 %2 的取值 %1 超出指标 %4 的有效范围 %3。</translation>
    </message>
    <message numerus="yes">
        <source>Indicator %1 already has %n reported value(s); its value type and frequency can no longer change. Create a new indicator instead.</source>
        <translation>
            <numerusform>指标 %1 已有 %n 个报告数据值，其数值类型和报告频率不能再更改。请改为新建指标。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indicator %1 has %n reported value(s) for “%2”; that option cannot be taken out of its disaggregation.</source>
        <translation>
            <numerusform>指标 %1 在“%2”下已有 %n 个报告数据值，不能从其分类统计中移除该选项。</numerusform>
        </translation>
    </message>
    <message>
        <source>A site&apos;s baseline and target need an existing indicator.</source>
        <translation>项目点的基线值和目标值必须对应一个已有的指标。</translation>
    </message>
    <message>
        <source>Indicator %1: the site for this baseline and target is not a site of the programme.</source>
        <translation>指标 %1：该基线值和目标值所对应的项目点不属于本项目。</translation>
    </message>
    <message>
        <source>Enter a baseline, a target or both for site %1 and indicator %2.</source>
        <translation>请为项目点 %1 和指标 %2 输入基线值、目标值或两者。</translation>
    </message>
    <message>
        <source>The baseline and target were changed by someone else since they were opened; reload them and try again.</source>
        <translation>打开后，该基线值和目标值已被他人修改；请重新加载后再试。</translation>
    </message>
    <message>
        <source>This site&apos;s baseline and target no longer exist.</source>
        <translation>该项目点的基线值和目标值已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>Indicator %1 has %n reported value(s) and cannot be removed.</source>
        <translation>
            <numerusform>指标 %1 已有 %n 个报告数据值，不能删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>The data of indicator %1 could not be read, so it is not removed; try again.</source>
        <translation>无法读取指标 %1 的数据，因此未删除；请重试。</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Total only</source>
        <translation>仅总计</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation>民族</translation>
    </message>
    <message numerus="yes">
        <source>%n option(s) by %1</source>
        <translation>
            <numerusform>按%1分为 %n 个选项</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>indicator name</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Outcome area</source>
        <translation>成果领域</translation>
    </message>
    <message>
        <source>Value type</source>
        <translation>数值类型</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>报告频率</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Disaggregation</source>
        <translation>分类统计</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Add indicator</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <source>Add a new indicator to the programme</source>
        <translation>向项目添加新指标</translation>
    </message>
    <message>
        <source>Remove the selected indicator (can be undone)</source>
        <translation>删除所选指标（可撤销）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About ScaleReady</source>
        <translation>关于 ScaleReady</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ScaleReady %1&lt;/h3&gt;&lt;p&gt;Evidence for scaling up demonstration models for children: site data, pilot and comparison outcomes, equity, cost and readiness for government scale-up.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ScaleReady %1&lt;/h3&gt;&lt;p&gt;儿童示范模式推广证据管理：项目点数据、试点与对照成果、公平性、成本以及政府推广准备情况。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a ScaleReady database file</source>
        <translation>打开 ScaleReady 数据库文件</translation>
    </message>
    <message>
        <source>Open the &amp;demonstration programme</source>
        <translation>打开演示项目(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close database</source>
        <translation>关闭数据库(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About ScaleReady</source>
        <translation>关于 ScaleReady(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>项目点</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>The programme to work on</source>
        <translation>要处理的项目</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <source>ScaleReady</source>
        <translation>ScaleReady</translation>
    </message>
    <message>
        <source>%1 · working as %2 (%3)</source>
        <translation>%1 · 当前用户：%2（%3）</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>A change could not be saved (the page shows why). Discard it?</source>
        <translation>有一项更改无法保存（原因见页面提示）。是否放弃该更改？</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>ScaleReady databases (*.db);;All files (*)</source>
        <translation>ScaleReady 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Building the demonstration programme…</source>
        <translation>正在生成演示项目…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cannot build the demonstration programme</source>
        <translation>无法生成演示项目</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>无法撤销或重做</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Your change was saved; there is nothing left to redo.</source>
        <translation>您的修改已保存；没有可以重做的操作了。</translation>
    </message>
</context>
<context>
    <name>NewProgrammeDialog</name>
    <message>
        <source>Create a programme</source>
        <translation>创建项目</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>数据库文件(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>名称（英文）(&amp;E)：</translation>
    </message>
    <message>
        <source>Name (C&amp;hinese):</source>
        <translation>名称（中文）(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Focus area:</source>
        <translation>重点领域(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>E&amp;nds:</source>
        <translation>结束日期(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>e.g. WASH-GZ</source>
        <translation>例如 WASH-GZ</translation>
    </message>
    <message>
        <source>e.g. School water, sanitation and hygiene</source>
        <translation>例如：学校水、环境卫生与个人卫生</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>新建数据库文件</translation>
    </message>
    <message>
        <source>ScaleReady databases (*.db)</source>
        <translation>ScaleReady 数据库 (*.db)</translation>
    </message>
    <message>
        <source>Choose where to save the new database file.</source>
        <translation>请选择新数据库文件的保存位置。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name; to work on that file, use Open instead.</source>
        <translation>%1 已存在。请另选文件名；如需使用该文件，请改用“打开”。</translation>
    </message>
    <message>
        <source>Enter a short code for the programme.</source>
        <translation>请输入项目的简短代码。</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password library could not be started.</source>
        <translation>无法启动密码处理库。</translation>
    </message>
    <message>
        <source>The password could not be hashed: not enough memory.</source>
        <translation>无法对密码进行哈希处理：内存不足。</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>The period is empty.</source>
        <translation>报告期为空。</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; has a year outside %2–%3.</source>
        <translation>报告期“%1”的年份不在 %2–%3 范围内。</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; has no month %2.</source>
        <translation>报告期“%1”无效：不存在第 %2 月。</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; has no quarter %2.</source>
        <translation>报告期“%1”无效：不存在第 %2 季度。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period id; use 202403 for a month, 2024Q1 for a quarter or 2024 for a year.</source>
        <translation>“%1”不是有效的报告期代码；月份请用 202403 格式，季度请用 2024Q1 格式，年份请用 2024 格式。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>%1 (%2) may not change the programme&apos;s sites, indicators or settings.</source>
        <translation>%1（%2）无权修改项目的项目点、指标或设置。</translation>
    </message>
    <message>
        <source>Only an administrator may manage user accounts; %1 is a %2.</source>
        <translation>只有管理员才能管理用户账户；%1 的角色为%2。</translation>
    </message>
</context>
<context>
    <name>ProgrammeOps</name>
    <message>
        <source>edit programme %1</source>
        <translation>编辑项目 %1</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>名称（英文）(&amp;E)：</translation>
    </message>
    <message>
        <source>Name (C&amp;hinese):</source>
        <translation>名称（中文）(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Focus area:</source>
        <translation>重点领域(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>E&amp;nds:</source>
        <translation>结束日期(&amp;N)：</translation>
    </message>
    <message>
        <source>Description (English):</source>
        <translation>说明（英文）：</translation>
    </message>
    <message>
        <source>Description (Chinese):</source>
        <translation>说明（中文）：</translation>
    </message>
    <message>
        <source>Data entry closes after:</source>
        <translation>数据录入截止：</translation>
    </message>
    <message>
        <source>Reports on time within:</source>
        <translation>按时报告期限：</translation>
    </message>
    <message>
        <source>Programme details</source>
        <translation>项目详情</translation>
    </message>
    <message>
        <source> days after the period</source>
        <translation> 天（报告期结束后）</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>%1 pilot and %2 comparison sites · %3 indicators</source>
        <translation>%1 个试点项目点和 %2 个对照项目点 · %3 项指标</translation>
    </message>
</context>
<context>
    <name>ProgrammeService</name>
    <message>
        <source>The programme code is empty.</source>
        <translation>项目代码为空。</translation>
    </message>
    <message>
        <source>The programme code &quot;%1&quot; contains spaces; use letters, digits, - or _.</source>
        <translation>项目代码“%1”包含空格；请使用字母、数字、- 或 _。</translation>
    </message>
    <message>
        <source>The programme %1 has no name; enter it in English or Chinese.</source>
        <translation>项目 %1 没有名称；请填写英文或中文名称。</translation>
    </message>
    <message>
        <source>The programme %1 ends (%2) before it starts (%3).</source>
        <translation>项目 %1 的结束日期（%2）早于开始日期（%3）。</translation>
    </message>
    <message>
        <source>The programme %1 has a negative number of days for expiry or timeliness.</source>
        <translation>项目 %1 的数据录入截止天数或按时报告天数为负数。</translation>
    </message>
    <message>
        <source>The programme code %1 is already used by %2.</source>
        <translation>项目代码 %1 已被 %2 使用。</translation>
    </message>
    <message>
        <source>The programme %1 no longer exists.</source>
        <translation>项目 %1 已不存在。</translation>
    </message>
</context>
<context>
    <name>RowCommand</name>
    <message>
        <source>“%1” cannot be undone or redone: the row was changed elsewhere since.</source>
        <translation>无法撤销或重做“%1”：该记录此后已在别处被修改。</translation>
    </message>
</context>
<context>
    <name>RowStore</name>
    <message>
        <source>Could not add the row to %1: %2</source>
        <translation>无法向 %1 添加记录：%2</translation>
    </message>
    <message>
        <source>Could not change the row in %1: %2</source>
        <translation>无法修改 %1 中的记录：%2</translation>
    </message>
    <message>
        <source>The row was changed or removed by someone else since it was opened; reload it and try again.</source>
        <translation>自打开以来，该记录已被他人修改或删除；请重新加载后再试。</translation>
    </message>
</context>
<context>
    <name>SiteEditor</name>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>名称（英文）(&amp;E)：</translation>
    </message>
    <message>
        <source>Name (C&amp;hinese):</source>
        <translation>名称（中文）(&amp;H)：</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>地（市、州）</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡（镇）</translation>
    </message>
    <message>
        <source>Arm:</source>
        <translation>组别：</translation>
    </message>
    <message>
        <source>Rural/urban:</source>
        <translation>城乡：</translation>
    </message>
    <message>
        <source>Equity:</source>
        <translation>公平性：</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>儿童数：</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>纬度：</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>经度：</translation>
    </message>
    <message>
        <source>Intervention start:</source>
        <translation>干预开始日期：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>新建项目点</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>项目点 %1</translation>
    </message>
    <message>
        <source>GB/T 2260 code, e.g. 532528</source>
        <translation>GB/T 2260 代码，例如 532528</translation>
    </message>
    <message>
        <source>e.g. 23.22</source>
        <translation>例如 23.22</translation>
    </message>
    <message>
        <source>e.g. 102.84</source>
        <translation>例如 102.84</translation>
    </message>
    <message>
        <source>Ethnic minority area</source>
        <translation>少数民族地区</translation>
    </message>
    <message>
        <source>Poverty county</source>
        <translation>贫困县</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>开始于</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>添加项目点(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Latitude: &quot;%1&quot; is not a number.</source>
        <translation>纬度：“%1”不是数字。</translation>
    </message>
    <message>
        <source>Longitude: &quot;%1&quot; is not a number.</source>
        <translation>经度：“%1”不是数字。</translation>
    </message>
    <message>
        <source>Select a site in the table to see and edit it, or choose Add site.</source>
        <translation>在表格中选择一个项目点以查看和编辑，或点击“添加项目点”。</translation>
    </message>
</context>
<context>
    <name>SiteOps</name>
    <message>
        <source>add site %1</source>
        <translation>添加项目点 %1</translation>
    </message>
    <message>
        <source>edit site %1</source>
        <translation>编辑项目点 %1</translation>
    </message>
    <message>
        <source>remove site %1</source>
        <translation>删除项目点 %1</translation>
    </message>
</context>
<context>
    <name>SiteService</name>
    <message>
        <source>The site code is empty.</source>
        <translation>项目点代码为空。</translation>
    </message>
    <message>
        <source>The site code &quot;%1&quot; contains spaces; use letters, digits, - or _.</source>
        <translation>项目点代码“%1”包含空格；请使用字母、数字、- 或 _。</translation>
    </message>
    <message>
        <source>The site code %1 looks like a GB/T 2260 division code, but %2 is not a province code.</source>
        <translation>项目点代码 %1 看似 GB/T 2260 行政区划代码，但 %2 不是省级代码。</translation>
    </message>
    <message>
        <source>The site code %1 is not a valid GB/T 2260 division code: a county code needs a prefecture (digits 3–4).</source>
        <translation>项目点代码 %1 不是有效的 GB/T 2260 行政区划代码：县级代码须包含地级代码（第 3–4 位）。</translation>
    </message>
    <message>
        <source>The site %1 has no name; enter it in English or Chinese.</source>
        <translation>项目点 %1 没有名称；请填写英文或中文名称。</translation>
    </message>
    <message>
        <source>The latitude %1 of site %2 is outside −90 to 90 degrees.</source>
        <translation>项目点 %2 的纬度 %1 超出 −90 至 90 度的范围。</translation>
    </message>
    <message>
        <source>The longitude %1 of site %2 is outside −180 to 180 degrees.</source>
        <translation>项目点 %2 的经度 %1 超出 −180 至 180 度的范围。</translation>
    </message>
    <message>
        <source>Site %1 has only one coordinate; enter both latitude and longitude, or neither.</source>
        <translation>项目点 %1 只填写了一个坐标；请同时填写纬度和经度，或两者都不填写。</translation>
    </message>
    <message>
        <source>The child population of site %1 cannot be negative.</source>
        <translation>项目点 %1 的儿童人数不能为负数。</translation>
    </message>
    <message>
        <source>The site %1 belongs to no existing programme.</source>
        <translation>项目点 %1 不属于任何现有项目。</translation>
    </message>
    <message>
        <source>The site code %1 is already used by %2.</source>
        <translation>项目点代码 %1 已被 %2 使用。</translation>
    </message>
    <message>
        <source>The site %1 no longer exists.</source>
        <translation>项目点 %1 已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>Site %1 has %n reported value(s) and cannot be removed; set its status to Closed instead.</source>
        <translation>
            <numerusform>项目点 %1 已有 %n 个报告数据值，不能删除；请将其状态改为“已关闭”。</numerusform>
        </translation>
    </message>
    <message>
        <source>The data of site %1 could not be read, so it is not removed; try again.</source>
        <translation>无法读取项目点 %1 的数据，因此未删除；请重试。</translation>
    </message>
</context>
<context>
    <name>SiteTableModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>site name</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>地（市、州）</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>Rural/urban</source>
        <translation>城乡</translation>
    </message>
    <message>
        <source>Ethnic minority area</source>
        <translation>少数民族地区</translation>
    </message>
    <message>
        <source>Poverty county</source>
        <translation>贫困县</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童数</translation>
    </message>
    <message>
        <source>Intervention start</source>
        <translation>干预开始日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SiteTargetOps</name>
    <message>
        <source>set a site&apos;s baseline and target</source>
        <translation>设置项目点的基线值和目标值</translation>
    </message>
    <message>
        <source>change a site&apos;s baseline and target</source>
        <translation>修改项目点的基线值和目标值</translation>
    </message>
    <message>
        <source>remove a site&apos;s baseline and target</source>
        <translation>删除项目点的基线值和目标值</translation>
    </message>
</context>
<context>
    <name>SiteTargetsPanel</name>
    <message>
        <source>Site baselines and targets</source>
        <translation>项目点基线值和目标值</translation>
    </message>
    <message>
        <source>Sites whose own baseline or target differs from the programme-wide one</source>
        <translation>基线值或目标值不同于全项目统一值的项目点</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>项目点</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>项目点(&amp;I)：</translation>
    </message>
    <message>
        <source>Bas&amp;eline:</source>
        <translation>基线值(&amp;E)：</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>目标值(&amp;G)：</translation>
    </message>
    <message>
        <source>Set for site</source>
        <translation>为项目点设置</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Baseline: &quot;%1&quot; is not a number.</source>
        <translation>基线值：“%1”不是数字。</translation>
    </message>
    <message>
        <source>Target: &quot;%1&quot; is not a number.</source>
        <translation>目标值：“%1”不是数字。</translation>
    </message>
</context>
<context>
    <name>SitesPage</name>
    <message>
        <source>Search by code or name…</source>
        <translation>按代码或名称搜索…</translation>
    </message>
    <message>
        <source>All arms</source>
        <translation>所有组别</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>所有项目点</translation>
    </message>
    <message>
        <source>Ethnic minority areas</source>
        <translation>少数民族地区</translation>
    </message>
    <message>
        <source>Poverty counties</source>
        <translation>贫困县</translation>
    </message>
    <message>
        <source>Rural sites</source>
        <translation>农村项目点</translation>
    </message>
    <message>
        <source>Urban sites</source>
        <translation>城镇项目点</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>添加项目点</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>删除项目点</translation>
    </message>
    <message>
        <source>Add a new site to the programme</source>
        <translation>向项目添加新项目点</translation>
    </message>
    <message>
        <source>Remove the selected site (can be undone)</source>
        <translation>删除所选项目点（可撤销）</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>所有省份</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n site(s)</source>
        <translation>
            <numerusform>共 %n 个项目点，显示 %1 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>Could not store the sites of %1: %2</source>
        <translation>无法保存用户 %1 负责的项目点：%2</translation>
    </message>
    <message>
        <source>Could not store the password of %1: %2</source>
        <translation>无法保存用户 %1 的密码：%2</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>The user name is empty.</source>
        <translation>用户名为空。</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; contains spaces.</source>
        <translation>用户名“%1”包含空格。</translation>
    </message>
    <message>
        <source>User %1 is assigned to a site that does not exist.</source>
        <translation>用户 %1 被分配到不存在的项目点。</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>用户名 %1 已被占用。</translation>
    </message>
    <message>
        <source>The password of %1 is too short: use at least %2 characters.</source>
        <translation>用户 %1 的密码太短：请至少使用 %2 个字符。</translation>
    </message>
    <message>
        <source>The user %1 no longer exists.</source>
        <translation>用户 %1 已不存在。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Pilot</source>
        <translation>试点</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>城镇</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Rate per 1,000</source>
        <translation>千分率</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>增量</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>卫生健康</translation>
    </message>
    <message>
        <source>Nutrition</source>
        <translation>营养</translation>
    </message>
    <message>
        <source>Early learning</source>
        <translation>早期学习</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>儿童保护</translation>
    </message>
    <message>
        <source>Water, sanitation and hygiene</source>
        <translation>水、环境卫生与个人卫生</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Programme manager</source>
        <translation>项目经理</translation>
    </message>
    <message>
        <source>Field officer</source>
        <translation>基层工作人员</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to ScaleReady</source>
        <translation>欢迎使用 ScaleReady</translation>
    </message>
    <message>
        <source>ScaleReady keeps the evidence of a demonstration model for children — what every pilot and comparison site reported, whether the poorest and ethnic-minority children gained too, and what the model costs — so that the government can decide whether to scale it up.</source>
        <translation>ScaleReady 用于保存儿童示范模式的证据——各试点和对照项目点报告的数据、最贫困儿童和少数民族儿童是否同样受益，以及该模式的成本——以便政府决定是否推广。</translation>
    </message>
    <message>
        <source>Create a programme</source>
        <translation>创建项目</translation>
    </message>
    <message>
        <source>Start a new database for a demonstration model and add its sites and indicators.</source>
        <translation>为示范模式新建数据库，并添加其项目点和指标。</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>打开数据库文件</translation>
    </message>
    <message>
        <source>Continue with a ScaleReady database (.db) on this computer or a USB stick.</source>
        <translation>继续使用本机或 U 盘上的 ScaleReady 数据库（.db）。</translation>
    </message>
    <message>
        <source>Open the demonstration programme</source>
        <translation>打开演示项目</translation>
    </message>
    <message>
        <source>Explore an early childhood development model in 20 counties of western China, with three years of data.</source>
        <translation>了解在中国西部 20 个县实施的儿童早期发展模式，包含三年的数据。</translation>
    </message>
</context>
</TS>
