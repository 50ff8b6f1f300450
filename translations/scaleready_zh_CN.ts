<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Analytics</name>
    <message>
        <source>Rural or urban</source>
        <translation>农村或城市</translation>
    </message>
    <message>
        <source>Ethnic-minority area</source>
        <translation>少数民族地区</translation>
    </message>
    <message>
        <source>Poverty county</source>
        <translation>脱贫县</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Rural sites</source>
        <translation>农村项目点</translation>
    </message>
    <message>
        <source>Urban sites</source>
        <translation>城市项目点</translation>
    </message>
    <message>
        <source>Ethnic-minority areas</source>
        <translation>少数民族地区</translation>
    </message>
    <message>
        <source>Other areas</source>
        <translation>其他地区</translation>
    </message>
    <message>
        <source>Poverty counties</source>
        <translation>脱贫县</translation>
    </message>
    <message>
        <source>Other counties</source>
        <translation>其他县</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>女童</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>男童</translation>
    </message>
    <message>
        <source>Ethnic-minority children</source>
        <translation>少数民族儿童</translation>
    </message>
    <message>
        <source>Han children</source>
        <translation>汉族儿童</translation>
    </message>
    <message>
        <source>Not enough data: no site has values in both the baseline and the endline window.</source>
        <translation>数据不足：没有项目点在基线期和终线期都有数值。</translation>
    </message>
    <message>
        <source>Not enough data: fewer than two pilot sites have values in both windows.</source>
        <translation>数据不足：在两个时期都有数值的试点项目点少于两个。</translation>
    </message>
    <message>
        <source>Not enough data: fewer than two comparison sites have values in both windows.</source>
        <translation>数据不足：在两个时期都有数值的对照项目点少于两个。</translation>
    </message>
    <message>
        <source>Not enough data: the sites&apos; changes do not vary, so no interval can be computed.</source>
        <translation>数据不足：各项目点的变化完全相同，无法计算置信区间。</translation>
    </message>
    <message>
        <source>Outlier against the site&apos;s own history</source>
        <translation>与该项目点自身历史相比属异常值</translation>
    </message>
    <message>
        <source>Numerator greater than denominator</source>
        <translation>分子大于分母</translation>
    </message>
    <message>
        <source>Outside the indicator&apos;s valid range</source>
        <translation>超出指标的有效范围</translation>
    </message>
    <message>
        <source>Disaggregations do not add up to the total</source>
        <translation>分组数据之和与合计不符</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>地州市</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县</translation>
    </message>
</context>
<context>
    <name>AnalyticsService</name>
    <message>
        <source>The programme asked for does not exist (id %1).</source>
        <translation>所请求的项目不存在（编号 %1）。</translation>
    </message>
    <message>
        <source>The indicator asked for is not one of programme %1&apos;s indicators.</source>
        <translation>所请求的指标不属于项目 %1。</translation>
    </message>
    <message>
        <source>The indicator %1 is reported %2; it cannot be shown by a shorter period.</source>
        <translation>指标 %1 的报告频率为“%2”，不能按更短的期间显示。</translation>
    </message>
    <message>
        <source>Reading the reports failed: %1</source>
        <translation>读取报告失败：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Reading the values failed: %1</source>
        <translation>读取数值失败：%1</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>The indicator %1 is not reported for %2 separately; choose another equity group.</source>
        <translation>指标 %1 没有按“%2”单独报告；请选择其他公平分组。</translation>
    </message>
    <message>
        <source>The indicator %1 has no reporting period between %2 and %3.</source>
        <translation>指标 %1 在 %2 与 %3 之间没有报告期间。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Could not record the change in the audit log: %1</source>
        <translation>无法将此次更改记入审计日志：%1</translation>
    </message>
    <message>
        <source>The database connection has no SQLite handle.</source>
        <translation>数据库连接没有 SQLite 句柄。</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 of %3 %4 by %5 at %6)</source>
        <translation>审计记录 %1（%5 于 %6 对 %3 %4 执行的“%2”）</translation>
    </message>
    <message>
        <source>The audit chain is broken at %1: entries before it were removed.</source>
        <translation>审计链在%1处断开：其之前的记录已被删除。</translation>
    </message>
    <message>
        <source>The audit chain is broken at %1: the entry before it (%2) was removed or changed.</source>
        <translation>审计链在%1处断开：其前一条记录（%2）已被删除或修改。</translation>
    </message>
    <message>
        <source>The audit chain is broken at %1: the entry was changed after it was written.</source>
        <translation>审计链在%1处断开：该记录写入后被修改过。</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>The table %1 could not be read: %2</source>
        <translation>无法读取表 %1：%2</translation>
    </message>
    <message>
        <source>%1 row %2 (id %3)</source>
        <translation>%1 表的行 %2（id %3）</translation>
    </message>
    <message>
        <source>The %1 has no audit entry: it was written behind the application&apos;s back.</source>
        <translation>%1没有审计记录：它是绕过本软件写入的。</translation>
    </message>
    <message>
        <source>The %1 row %2 recorded by audit entry %3 is missing: it was deleted behind the application&apos;s back.</source>
        <translation>审计记录 %3 所记录的 %1 表的行 %2 已不存在：它是绕过本软件删除的。</translation>
    </message>
    <message>
        <source>The %1 differs from audit entry %2 in %3: it was changed behind the application&apos;s back.</source>
        <translation>%1的 %3 与审计记录 %2 不一致：它是绕过本软件修改的。</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>User account</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>项目点</translation>
    </message>
    <message>
        <source>Category option</source>
        <translation>分类选项</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Site target</source>
        <translation>项目点目标值</translation>
    </message>
    <message>
        <source>Data value</source>
        <translation>数据值</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>报告状态</translation>
    </message>
    <message>
        <source>Validation rule</source>
        <translation>校验规则</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>核查清单条目</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>督导访视</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>重新开放</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>recorded at upgrade</source>
        <translation>升级时记录</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>项目点：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>e.g. 202403</source>
        <translation>例如 202403</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>显示更早的记录</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <source>Checks that no audit entry and no audited row was changed outside ScaleReady</source>
        <translation>检查是否有审计记录或受审计的数据行在本软件之外被修改</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>所有项目点</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; is not valid: %2</source>
        <translation>期间“%1”无效：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) shown, newest first</source>
        <translation>
            <numerusform>显示 %n 条记录，最新的在前</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain is intact and every audited row matches its last entry.</source>
        <translation>审计链完整，所有受审计的数据行都与其最后一条审计记录一致。</translation>
    </message>
    <message>
        <source>The audit found changes made outside ScaleReady:</source>
        <translation>审计发现了在本软件之外所做的更改：</translation>
    </message>
    <message>
        <source>Verifying the audit chain and every audited row…</source>
        <translation>正在校验审计链和每一条受审计的数据行…</translation>
    </message>
    <message>
        <source>DHIS2 code</source>
        <translation>DHIS2 代码</translation>
    </message>
    <message>
        <source>Readiness criterion</source>
        <translation>推广准备度标准</translation>
    </message>
    <message>
        <source>Readiness assessment</source>
        <translation>推广准备度评估</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>签署</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Could not create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup of %1 failed: %2</source>
        <translation>%1 的备份失败：%2</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>备份已取消。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份 %1 不存在。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened: %2</source>
        <translation>无法打开备份 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a backup of a ScaleReady database.</source>
        <translation>%1 不是 ScaleReady 数据库的备份。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>备份 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>Could not keep a copy of %1 before restoring.</source>
        <translation>恢复前无法保留 %1 的副本。</translation>
    </message>
    <message>
        <source>Could not copy the backup next to %1.</source>
        <translation>无法将备份复制到 %1 旁边。</translation>
    </message>
    <message>
        <source>Could not put the backup in place of %1: %2</source>
        <translation>无法用备份替换 %1：%2</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of ScaleReady; update ScaleReady to restore it.</source>
        <translation>备份 %1 由更新版本的 ScaleReady 生成；请更新 ScaleReady 后再恢复。</translation>
    </message>
    <message>
        <source>%1 is open in another window or program; close it there first, then restore.</source>
        <translation>%1 正在另一个窗口或程序中打开；请先在那里关闭，然后再恢复。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>The copy of %1 passed the integrity check.</source>
        <translation>%1 的副本通过了完整性检查。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace the database with the copy of %1?

Everything changed since then is replaced. The database as it is now is kept as a backup first, so this can be undone by restoring that copy.</source>
        <translation>用 %1 的副本替换数据库吗？

此后的所有更改都将被替换。当前的数据库会先保存为一个备份，因此可以通过恢复该副本来撤销此操作。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Copies of this database, newest first, kept in %1. A copy is made before every import and, while the database is open, once a day; the ten newest of each kind are kept. Every copy passed an integrity check when it was made.</source>
        <translation>本数据库的副本（最新的在前），保存在 %1。每次导入前都会备份，数据库打开期间每天也会备份一次；每类保留最新的十份。每份副本在生成时都通过了完整性检查。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>检查(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation>正在检查副本…</translation>
    </message>
    <message numerus="yes">
        <source>This database exchanges sync packages with %n other database(s). After restoring, set the field laptops up again with new starter packages (Sync page), so that no change is taken for one already exchanged.</source>
        <translation>
            <numerusform>本数据库与另外 %n 个数据库交换同步包。恢复之后，请用新的初始包重新设置外业电脑（同步页面），以免某项更改被误认为已经交换过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefWriter</name>
    <message>
        <source>Signed off by %1 on %2</source>
        <translation>由 %1 于 %2 签署确认</translation>
    </message>
    <message>
        <source>an unnamed user</source>
        <translation>未具名用户</translation>
    </message>
    <message>
        <source>Draft — not signed off</source>
        <translation>草稿——尚未签署确认</translation>
    </message>
    <message>
        <source>Preliminary — no assessment yet</source>
        <translation>初步评估——尚无正式评估</translation>
    </message>
    <message>
        <source>Scale-up readiness — evidence brief</source>
        <translation>推广准备度——证据简报</translation>
    </message>
    <message>
        <source>Programme code: %1</source>
        <translation>项目代码：%1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Preliminary evaluation</source>
        <translation>初步评估</translation>
    </message>
    <message>
        <source>No assessment has been started: criteria judged by managers have no score yet, and the verdict rests on the computed criteria alone.</source>
        <translation>尚未开始任何评估：由管理人员评判的标准还没有评分，结论仅依据根据数据计算的标准。</translation>
    </message>
    <message>
        <source>The evidence is computed from today&apos;s data with the draft&apos;s judgements; it may change until the assessment is signed off.</source>
        <translation>证据根据当前数据和草稿中的评判计算，在评估签署确认之前可能发生变化。</translation>
    </message>
    <message>
        <source>The verdict, scores, effect estimates and fidelity are those frozen at sign-off; the charts and tables of sites, costs, data quality and the annex show the data as of %1.</source>
        <translation>结论、评分、效果估计和忠实度均为签署确认时冻结的结果；项目点、成本、数据质量的图表和表格以及附录显示截至 %1 的数据。</translation>
    </message>
    <message>
        <source>Generated on %1 by ScaleReady</source>
        <translation>由 ScaleReady 于 %1 生成</translation>
    </message>
    <message>
        <source>1. Verdict and reasons</source>
        <translation>1. 结论与理由</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Scores by domain</source>
        <translation>各领域评分</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>无评分</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>标准数</translation>
    </message>
    <message>
        <source>Mean score (1–4)</source>
        <translation>平均分（1–4）</translation>
    </message>
    <message>
        <source>Domain scores</source>
        <translation>领域评分</translation>
    </message>
    <message>
        <source>Missing evidence</source>
        <translation>缺失的证据</translation>
    </message>
    <message>
        <source>Every criterion has a score.</source>
        <translation>每项标准均已有评分。</translation>
    </message>
    <message>
        <source>2. The model</source>
        <translation>2. 示范模式</translation>
    </message>
    <message>
        <source>The programme has no description.</source>
        <translation>该项目没有说明。</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>重点领域</translation>
    </message>
    <message>
        <source>Programme period</source>
        <translation>项目期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Pilot sites</source>
        <translation>试点项目点</translation>
    </message>
    <message>
        <source>Comparison sites</source>
        <translation>对照项目点</translation>
    </message>
    <message>
        <source>3. The sites</source>
        <translation>3. 项目点</translation>
    </message>
    <message>
        <source>The pilot and comparison sites by province, with their equity attributes and child population.</source>
        <translation>按省份列出的试点和对照项目点，及其公平属性和儿童人口。</translation>
    </message>
    <message>
        <source>(no province)</source>
        <translation>（无省份）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <source>Ethnic-minority area</source>
        <translation>少数民族地区</translation>
    </message>
    <message>
        <source>Poverty county</source>
        <translation>脱贫县</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童人数</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>百分点</translation>
    </message>
    <message>
        <source>per 1,000</source>
        <translation>每千人</translation>
    </message>
    <message>
        <source>per site and period</source>
        <translation>每项目点每期间</translation>
    </message>
    <message>
        <source>score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>DiD (95% CI)</source>
        <translation>双重差分（95% 置信区间）</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估计值</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>4. Key outcomes</source>
        <translation>4. 主要成果</translation>
    </message>
    <message>
        <source>The programme has no indicators.</source>
        <translation>该项目没有指标。</translation>
    </message>
    <message>
        <source>The difference-in-differences (DiD) of each key indicator: the mean change of pilot sites between the baseline and the endline window minus that of comparison sites, with its 95% confidence interval.</source>
        <translation>各关键指标的双重差分：试点项目点在基线期与终期之间的平均变化减去对照项目点的平均变化，并给出 95% 置信区间。</translation>
    </message>
    <message>
        <source>Each row has its own scale, centred on zero (dashed line); the shaded half is the favourable direction. Green: favourable with a 95% confidence interval clear of zero; red: unfavourable and clear of zero; grey: the interval includes zero.</source>
        <translation>每行使用各自的刻度，以零（虚线）为中心；阴影一侧为有利方向。绿色：效果有利且 95% 置信区间不含零；红色：效果不利且置信区间不含零；灰色：置信区间包含零。</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>Pilot change</source>
        <translation>试点变化</translation>
    </message>
    <message>
        <source>Comparison change</source>
        <translation>对照变化</translation>
    </message>
    <message>
        <source>DiD</source>
        <translation>双重差分</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>Sites (pilot + comparison)</source>
        <translation>项目点（试点 + 对照）</translation>
    </message>
    <message>
        <source>Shaded rows: a favourable effect whose 95% confidence interval is clear of zero. Counts are per site and period.</source>
        <translation>阴影行：效果有利且 95% 置信区间不含零。计数为每项目点每期间的数值。</translation>
    </message>
    <message>
        <source>Trends in pilot and comparison sites</source>
        <translation>试点与对照项目点的趋势</translation>
    </message>
    <message>
        <source>Equity: %1</source>
        <translation>公平性：%1</translation>
    </message>
    <message>
        <source>The indicator in each equity group (reference and focus group of each dimension), in pilot and comparison sites, over the baseline and the endline window: a gap narrowing faster in pilot sites means the model reaches disadvantaged children.</source>
        <translation>各公平分组（每个维度的参照组和重点组）在试点和对照项目点、基线期和终期的指标值：试点项目点的差距缩小得更快，说明该模式惠及了处境不利的儿童。</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Basis or gap</source>
        <translation>依据或缺口</translation>
    </message>
    <message>
        <source>5. Cost and co-financing</source>
        <translation>5. 成本与共同出资</translation>
    </message>
    <message>
        <source>No costs are recorded for pilot sites.</source>
        <translation>试点项目点没有成本记录。</translation>
    </message>
    <message>
        <source>Costs of the pilot sites by year, in yuan: the programme&apos;s spending and the government&apos;s contribution.</source>
        <translation>试点项目点各年度成本（元）：项目支出和政府投入。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Programme spending</source>
        <translation>项目支出</translation>
    </message>
    <message>
        <source>Government contribution</source>
        <translation>政府投入</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>受益人数</translation>
    </message>
    <message>
        <source>Cost per beneficiary</source>
        <translation>每受益人成本</translation>
    </message>
    <message>
        <source>Government share</source>
        <translation>政府出资比例</translation>
    </message>
    <message>
        <source>Readiness criteria on costs</source>
        <translation>关于成本的推广准备度标准</translation>
    </message>
    <message>
        <source>The framework has no criterion on costs.</source>
        <translation>该标准框架中没有关于成本的标准。</translation>
    </message>
    <message>
        <source>6. Fidelity</source>
        <translation>6. 忠实度</translation>
    </message>
    <message>
        <source>Monitoring visits to active pilot sites from %1 to %2 with a scored fidelity checklist.</source>
        <translation>%1 至 %2 期间对在运行试点项目点进行的、填写了忠实度核查表评分的监测访视。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Scored visits</source>
        <translation>有评分的访视</translation>
    </message>
    <message>
        <source>Pilot sites visited</source>
        <translation>受访试点项目点</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Mean fidelity (share of the maximum score)</source>
        <translation>平均忠实度（占满分的比例）</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>核查表条目</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Mean score (0–3)</source>
        <translation>平均分（0–3）</translation>
    </message>
    <message>
        <source>Readiness criterion on fidelity</source>
        <translation>关于忠实度的推广准备度标准</translation>
    </message>
    <message>
        <source>7. Data-quality caveats</source>
        <translation>7. 数据质量说明</translation>
    </message>
    <message>
        <source>Only approved reports are counted in the statistics; draft, submitted and returned reports are left out.</source>
        <translation>统计中只计入已批准的报告；草稿、已提交和已退回的报告不计入。</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>及时性</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>异常值</translation>
    </message>
    <message>
        <source>Consistency failures</source>
        <translation>一致性错误</translation>
    </message>
    <message>
        <source>Completeness: reports received of those expected; timeliness: received reports submitted on time; outliers: values far from the site&apos;s own median; consistency failures: numerators above denominators, values out of range, parts that do not add up.</source>
        <translation>完整性：已收到的报告占应收报告的比例；及时性：已收到的报告中按时提交的比例；异常值：远离该项目点自身中位数的数值；一致性错误：分子大于分母、数值超出范围、分项之和与合计不符。</translation>
    </message>
    <message>
        <source>Gaps in the evidence</source>
        <translation>证据缺口</translation>
    </message>
    <message>
        <source>8. Readiness criteria</source>
        <translation>8. 推广准备度标准</translation>
    </message>
    <message>
        <source>judged</source>
        <translation>人工评判</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Justification or gap</source>
        <translation>理由或缺口</translation>
    </message>
    <message>
        <source>* A critical criterion: a score below 3, or none, means not yet ready.</source>
        <translation>* 关键标准：评分低于 3 或没有评分，即为尚未准备就绪。</translation>
    </message>
    <message>
        <source>9. Methods</source>
        <translation>9. 方法</translation>
    </message>
    <message>
        <source>Data. Only approved reports count. Percentages are the ratio of sums (numerators over denominators across sites), never an average of percentages; counts are compared per site and period.</source>
        <translation>数据。只计入已批准的报告。百分比按总和之比计算（各项目点分子之和除以分母之和），而不是百分比的平均值；计数按每项目点每期间进行比较。</translation>
    </message>
    <message>
        <source>Difference-in-differences. Each site&apos;s value over the baseline window and over the endline window gives its change; the DiD is the mean change of pilot sites minus the mean change of comparison sites, with sites as the unit. Its 95% confidence interval uses Welch&apos;s two-sample t: the standard error from both arms&apos; variances, Welch–Satterthwaite degrees of freedom and the 97.5% quantile of Student&apos;s t. It needs two pilot and two comparison sites with a change.</source>
        <translation>双重差分。每个项目点在基线期和终期的数值之差为其变化；双重差分等于试点项目点的平均变化减去对照项目点的平均变化，以项目点为单位。其 95% 置信区间采用 Welch 两样本 t 方法：标准误由两组的方差计算，自由度采用 Welch–Satterthwaite 近似，并使用 t 分布的 97.5% 分位数。至少需要两个有变化值的试点项目点和两个对照项目点。</translation>
    </message>
    <message>
        <source>Intervals of percentages. The values of pilot and comparison sites in each period carry a Wilson score 95% interval.</source>
        <translation>百分比的区间。试点和对照项目点在各期间的数值附有 Wilson 评分法 95% 置信区间。</translation>
    </message>
    <message>
        <source>Equity. Each dimension compares a reference group with a focus group (urban and rural sites, other and ethnic-minority areas, other and poverty counties, boys and girls, Han and minority children). The gap is reference minus focus; it narrows when its absolute size falls from the baseline to the endline window, and the model helps when it narrows faster in pilot than in comparison sites. The slope index of inequality (SII) is the weighted least-squares slope of the indicator over sites ranked by their number of disadvantages.</source>
        <translation>公平性。每个维度将参照组与重点组进行比较（城市与农村项目点、其他地区与少数民族地区、其他县与脱贫县、男童与女童、汉族与少数民族儿童）。差距等于参照组减去重点组；从基线期到终期差距的绝对值减小即为差距缩小，若试点项目点的差距比对照项目点缩小得更快，则说明该模式发挥了作用。不平等斜率指数（SII）是按处境不利因素数量对项目点排序后，指标值的加权最小二乘斜率。</translation>
    </message>
    <message>
        <source>Readiness. Computed criteria score 4, 3 or 2 at or beyond their strong, adequate or weak threshold, else 1; managers score judged criteria 1–4 with a justification. A criterion without enough evidence has no score. A domain&apos;s score is the mean of its scored criteria.</source>
        <translation>推广准备度。根据数据计算的标准达到或超过“强”“适当”“弱”阈值时分别得 4、3、2 分，否则得 1 分；人工评判的标准由管理人员给出 1–4 分并说明理由。证据不足的标准没有评分。领域评分为该领域已评分标准的平均分。</translation>
    </message>
    <message>
        <source>Verdict. Not yet ready when a critical criterion scores below 3 or has no score, or a domain averages below 2; ready when every criterion scores 3 or more; otherwise ready with conditions.</source>
        <translation>结论。若任一关键标准评分低于 3 或没有评分，或任一领域平均分低于 2，则为尚未准备就绪；若每项标准均达到 3 分或以上，则为准备就绪；其他情况为有条件准备就绪。</translation>
    </message>
    <message>
        <source>Annex: indicator values by year</source>
        <translation>附录：各年度指标值</translation>
    </message>
    <message>
        <source>Approved values of the key indicators by year: percentages and rates as the ratio of sums, counts as totals, with the number of sites and reports they rest on.</source>
        <translation>各年度关键指标的已批准数值：百分比和比率按总和之比计算，计数为合计，并注明所依据的项目点数和报告数。</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>试点</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部项目点</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>项目点数</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告数</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format of the brief</comment>
        <translation>yyyy年M月d日</translation>
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
    <name>ChartPanel</name>
    <message>
        <source>Choose an indicator to see its chart.</source>
        <translation>请选择一个指标以查看图表。</translation>
    </message>
    <message>
        <source>There is nothing to export: %1</source>
        <translation>没有可导出的内容：%1</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>per 1,000</source>
        <translation>每千人</translation>
    </message>
    <message>
        <source>Per cent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Per 1,000</source>
        <translation>每千人</translation>
    </message>
    <message>
        <source>Count per site and period</source>
        <translation>每个项目点每期的数量</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message numerus="yes">
        <source>no value (%n report(s))</source>
        <translation>
            <numerusform>无数值（%n 份报告）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per site and period (total %2)</source>
        <translation>每个项目点每期 %1（合计 %2）</translation>
    </message>
    <message>
        <source> (95% CI %1 to %2)</source>
        <translation>（95% 置信区间 %1 至 %2）</translation>
    </message>
    <message>
        <source>; %1 of %2</source>
        <translation>；%2 中的 %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n site(s)</source>
        <translation>
            <numerusform>；%n 个项目点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n report(s)</source>
        <translation>
            <numerusform>，%n 份报告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
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
    <message>
        <source>The database file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>Sign in as this user; the password comes from SCALEREADY_PASSWORD or a prompt.</source>
        <translation>以此用户登录；密码取自环境变量 SCALEREADY_PASSWORD 或在提示时输入。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>%1: --db FILE.db and --user NAME are required.</source>
        <translation>%1：必须提供 --db FILE.db 和 --user NAME。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Create a new, empty database with its administrator.</source>
        <translation>创建一个新的空数据库及其管理员。</translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation>管理员的姓名。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>init: --db FILE.db and --user NAME are required.</source>
        <translation>init：必须提供 --db FILE.db 和 --user NAME。</translation>
    </message>
    <message>
        <source>init: %1 already exists; init only creates new databases.</source>
        <translation>init：%1 已存在；init 只创建新数据库。</translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation>管理员 %1 的密码：</translation>
    </message>
    <message>
        <source>init: %1</source>
        <translation>init：%1</translation>
    </message>
    <message>
        <source>Created %1 with the administrator %2.</source>
        <translation>已创建 %1，管理员为 %2。</translation>
    </message>
    <message>
        <source>Add a user account.</source>
        <translation>添加用户账户。</translation>
    </message>
    <message>
        <source>The new user&apos;s name.</source>
        <translation>新用户的用户名。</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>新用户名</translation>
    </message>
    <message>
        <source>admin, manager, officer or viewer.</source>
        <translation>admin、manager、officer 或 viewer。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The new user&apos;s full name.</source>
        <translation>新用户的姓名。</translation>
    </message>
    <message>
        <source>Codes of the sites a field officer enters data for.</source>
        <translation>基层工作人员负责录入数据的项目点代码。</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>代码列表</translation>
    </message>
    <message>
        <source>The programme of the sites (when there are several).</source>
        <translation>这些项目点所属的项目（有多个项目时）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>user-add: --name NEW and --role admin|manager|officer|viewer are required.</source>
        <translation>user-add：必须提供 --name NEW 和 --role admin|manager|officer|viewer。</translation>
    </message>
    <message>
        <source>user-add: name the programme of the sites with --programme CODE.</source>
        <translation>user-add：请用 --programme CODE 指明这些项目点所属的项目。</translation>
    </message>
    <message>
        <source>user-add: there is no site %1.</source>
        <translation>user-add：没有项目点 %1。</translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation>新用户 %1 的密码：</translation>
    </message>
    <message>
        <source>user-add: %1</source>
        <translation>user-add：%1</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <source>Move a site&apos;s report for a period through the review workflow.</source>
        <translation>在审核流程中推进某项目点某期间的报告。</translation>
    </message>
    <message>
        <source>The site&apos;s code.</source>
        <translation>项目点代码。</translation>
    </message>
    <message>
        <source>The period, e.g. 202403, 2024Q1 or 2024.</source>
        <translation>期间，例如 202403、2024Q1 或 2024。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>期间代码</translation>
    </message>
    <message>
        <source>Why (required to return or reopen).</source>
        <translation>原因（退回或重新开放时必填）。</translation>
    </message>
    <message>
        <source>The programme (when there are several).</source>
        <translation>项目（有多个项目时）。</translation>
    </message>
    <message>
        <source>%1: --site CODE and a valid --period ID are required (%2).</source>
        <translation>%1：必须提供 --site CODE 和有效的 --period ID（%2）。</translation>
    </message>
    <message>
        <source>%1: name the programme with --programme CODE.</source>
        <translation>%1：请用 --programme CODE 指明项目。</translation>
    </message>
    <message>
        <source>%1: there is no site %2.</source>
        <translation>%1：没有项目点 %2。</translation>
    </message>
    <message>
        <source>%1, %2: %3.</source>
        <translation>%1，%2：%3。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 (95% CI %2; df %3; %4 pilot and %5 comparison sites)</source>
        <translation>%1（95% 置信区间 %2；自由度 %3；%4 个试点和 %5 个对照项目点）</translation>
    </message>
    <message>
        <source>Print the dashboard&apos;s statistics for one indicator.</source>
        <translation>打印某一指标在仪表板上的统计结果。</translation>
    </message>
    <message>
        <source>The indicator&apos;s code.</source>
        <translation>指标代码。</translation>
    </message>
    <message>
        <source>The first period, e.g. 202401, 2024Q1 or 2024.</source>
        <translation>起始期间，例如 202401、2024Q1 或 2024。</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>The last period.</source>
        <translation>截止期间。</translation>
    </message>
    <message>
        <source>Roll up by month, quarter or year.</source>
        <translation>按月、季度或年汇总。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Count submitted reports as well as approved ones.</source>
        <translation>除已审核的报告外，也计入已提交的报告。</translation>
    </message>
    <message>
        <source>Print JSON (fields in docs/analytics.md).</source>
        <translation>输出 JSON（字段说明见 docs/analytics.md）。</translation>
    </message>
    <message>
        <source>stats: --db FILE.db and --indicator CODE are required.</source>
        <translation>stats：必须给出 --db FILE.db 和 --indicator CODE。</translation>
    </message>
    <message>
        <source>stats: %1</source>
        <translation>stats：%1</translation>
    </message>
    <message>
        <source>stats: --by takes month, quarter or year, not &quot;%1&quot;.</source>
        <translation>stats：--by 的取值为 month、quarter 或 year，而不是“%1”。</translation>
    </message>
    <message>
        <source>stats: there is no programme %1.</source>
        <translation>stats：没有项目 %1。</translation>
    </message>
    <message>
        <source>stats: name the programme with --programme CODE.</source>
        <translation>stats：请用 --programme CODE 指定项目。</translation>
    </message>
    <message>
        <source>stats: the programme has no indicator %1.</source>
        <translation>stats：该项目没有指标 %1。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2（%3）</translation>
    </message>
    <message>
        <source>Programme %1; periods %2; %3 data</source>
        <translation>项目 %1；期间 %2；%3数据</translation>
    </message>
    <message>
        <source>approved and submitted</source>
        <translation>已审核和已提交的</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已审核的</translation>
    </message>
    <message>
        <source>Baseline window %1; endline window %2</source>
        <translation>基线期 %1；终线期 %2</translation>
    </message>
    <message>
        <source>No approved data for these periods yet.</source>
        <translation>这些期间还没有已审核的数据。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>项目点</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告数</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Difference-in-differences (pilot − comparison change): %1</source>
        <translation>双重差分（试点变化 − 对照变化）：%1</translation>
    </message>
    <message>
        <source>Equity gap</source>
        <translation>公平差距</translation>
    </message>
    <message>
        <source>Pilot baseline</source>
        <translation>试点基线</translation>
    </message>
    <message>
        <source>Pilot endline</source>
        <translation>试点终线</translation>
    </message>
    <message>
        <source>Comparison baseline</source>
        <translation>对照基线</translation>
    </message>
    <message>
        <source>Comparison endline</source>
        <translation>对照终线</translation>
    </message>
    <message>
        <source>Narrowing, pilot − comparison</source>
        <translation>差距缩小幅度（试点 − 对照）</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照组</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>关注组</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>比值</translation>
    </message>
    <message>
        <source>Latest (%1): %2; baseline %3; target %4; change %5; progress to target %6%</source>
        <translation>最新（%1）：%2；基线 %3；目标 %4；变化 %5；目标完成进度 %6%</translation>
    </message>
    <message>
        <source>Sites meeting their target: %1 of %2</source>
        <translation>达到目标的项目点：%2 个中的 %1 个</translation>
    </message>
    <message>
        <source>Completeness %1% (%2 of %3 reports); on time %4%; %5 outliers; %6 consistency failures</source>
        <translation>完整率 %1%（%3 份中的 %2 份报告）；及时率 %4%；异常值 %5 个；一致性错误 %6 个</translation>
    </message>
    <message>
        <source>Usage: %1 [FILE.db]
       %1 VERB [OPTIONS]

Without a verb, opens the window (on FILE.db if given).

Verbs:
  generate --out FILE.db [--sites N] [--months M] [--seed S]
           Write the demonstration programme to a new database file.
  check FILE.db
           Check a database&apos;s integrity, schema and audit chain without changing it.
  init --db FILE.db --user NAME [--full-name TEXT]
           Create a new, empty database with NAME as its administrator.
  user-add --db FILE.db --user ADMIN --name NEW --role ROLE [--full-name TEXT]
           [--sites CODE,CODE…] [--programme CODE]
           Add a user account (role: admin, manager, officer or viewer); its password
           comes from SCALEREADY_NEW_PASSWORD or a prompt.
  submit|approve|return|reopen --db FILE.db --user NAME --site CODE --period ID
           [--reason TEXT] [--programme CODE]
           Move a site&apos;s report for a period through the review workflow; return and
           reopen need a reason.
  stats --db FILE.db --indicator CODE [--programme CODE] [--from PERIOD]
           [--to PERIOD] [--by month|quarter|year] [--include-submitted] [--json]
           Print the dashboard&apos;s statistics for an indicator: values per arm and
           period with intervals, difference-in-differences, equity gaps, progress
           and data quality (fields of --json in docs/analytics.md).
  import --db FILE.db --user NAME FILE.csv [--programme CODE] [--mapping NAME]
           [--encoding NAME] [--delimiter NAME] [--rejected OUT.csv] [--dry-run]
           [--all-or-nothing]
           Check a CSV file of data values and import its valid rows (the canonical
           layout, or columns recognised from the header); exit 3 when rows were rejected.

Write verbs sign in as --user NAME with the password from the SCALEREADY_PASSWORD
environment variable, or asked for on the terminal.

Options:
  -h, --help      Show this help, or a verb&apos;s help after the verb.
  -v, --version   Show the version.

Exit codes: 0 success, 1 usage error, 2 file error, 3 check found problems,
4 operation failed, 5 sign-in failed or not permitted.
</source>
        <translation>用法：%1 [FILE.db]
      %1 命令 [选项]

不带命令时打开窗口（如给出 FILE.db 则打开该文件）。

命令：
  generate --out FILE.db [--sites N] [--months M] [--seed S]
           将演示项目写入一个新的数据库文件。
  check FILE.db
           检查数据库的完整性、结构和审计链，不做任何修改。
  init --db FILE.db --user NAME [--full-name TEXT]
           创建一个新的空数据库，以 NAME 为其管理员。
  user-add --db FILE.db --user ADMIN --name NEW --role ROLE [--full-name TEXT]
           [--sites CODE,CODE…] [--programme CODE]
           添加用户账户（角色：admin、manager、officer 或 viewer）；其密码取自
           SCALEREADY_NEW_PASSWORD 或在提示时输入。
  submit|approve|return|reopen --db FILE.db --user NAME --site CODE --period ID
           [--reason TEXT] [--programme CODE]
           在审核流程中推进某项目点某期间的报告；退回和重新开放需要说明原因。
  stats --db FILE.db --indicator CODE [--programme CODE] [--from PERIOD]
           [--to PERIOD] [--by month|quarter|year] [--include-submitted] [--json]
           打印某一指标在仪表板上的统计结果：各组别各期间的数值及置信区间、
           双重差分、公平差距、进展和数据质量（--json 的字段见 docs/analytics.md）。
  import --db FILE.db --user NAME FILE.csv [--programme CODE] [--mapping NAME]
           [--encoding NAME] [--delimiter NAME] [--rejected OUT.csv] [--dry-run]
           [--all-or-nothing]
           检查一个数据值 CSV 文件并导入其中有效的行（标准格式，或根据表头识别列）；
           有行被拒绝时退出码为 3。

写入类命令以 --user NAME 登录，密码取自环境变量 SCALEREADY_PASSWORD，
或在终端提示时输入。

选项：
  -h, --help      显示本帮助；放在命令之后则显示该命令的帮助。
  -v, --version   显示版本。

退出码：0 成功，1 用法错误，2 文件错误，3 检查发现问题，
4 操作失败，5 登录失败或无权限。
</translation>
    </message>
    <message>
        <source>Import data values from a CSV file: checked first, then the valid rows written in one transaction.</source>
        <translation>从 CSV 文件导入数据值：先检查，再在一个事务中写入有效的行。</translation>
    </message>
    <message>
        <source>A column mapping saved in the import wizard (default: the columns are recognised from the header).</source>
        <translation>导入向导中保存的列对应方案（默认：根据表头识别各列）。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding: utf-8, utf-16le, utf-16be or gb18030 (default: detected).</source>
        <translation>文件编码：utf-8、utf-16le、utf-16be 或 gb18030（默认：自动识别）。</translation>
    </message>
    <message>
        <source>The field delimiter: comma, semicolon or tab (default: detected).</source>
        <translation>字段分隔符：comma（逗号）、semicolon（分号）或 tab（制表符）（默认：自动识别）。</translation>
    </message>
    <message>
        <source>Write the rejected rows with their reasons to this CSV file.</source>
        <translation>将被拒绝的行及其原因写入此 CSV 文件。</translation>
    </message>
    <message>
        <source>Check the file and report; write nothing.</source>
        <translation>只检查文件并报告，不写入任何内容。</translation>
    </message>
    <message>
        <source>Write nothing when any row is rejected.</source>
        <translation>只要有一行被拒绝，就不写入任何内容。</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>FILE.csv</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <source>import: name one file to import.</source>
        <translation>import：请指定一个要导入的文件。</translation>
    </message>
    <message>
        <source>import: --encoding must be utf-8, utf-16le, utf-16be or gb18030, not &quot;%1&quot;.</source>
        <translation>import：--encoding 必须是 utf-8、utf-16le、utf-16be 或 gb18030，而不是“%1”。</translation>
    </message>
    <message>
        <source>import: --delimiter must be comma, semicolon or tab, not &quot;%1&quot;.</source>
        <translation>import：--delimiter 必须是 comma、semicolon 或 tab，而不是“%1”。</translation>
    </message>
    <message>
        <source>import: %1 does not exist or is not a file.</source>
        <translation>import：%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>import: name the programme with --programme CODE.</source>
        <translation>import：请用 --programme CODE 指定项目。</translation>
    </message>
    <message>
        <source>import: there is no saved mapping &quot;%1&quot;.</source>
        <translation>import：没有名为“%1”的已保存对应方案。</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>import：%1</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 是空的：没有表头行。</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2：%3</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2：%3：%4</translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation>……另有 %1 个问题。</translation>
    </message>
    <message>
        <source>Wrote the %1 rejected rows to %2.</source>
        <translation>已将 %1 条被拒绝的行写入 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: --all-or-nothing and %n row(s) rejected.</source>
        <translation>
            <numerusform>未导入任何内容：指定了 --all-or-nothing，且有 %n 行被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed, %3 unchanged; %4 rejected.</source>
        <translation>已导入：新增 %1，更改 %2，未变 %3；拒绝 %4。</translation>
    </message>
    <message>
        <source>  export --db FILE.db --format csv|xlsx|dhis2-json|dhis2-csv|adx --out FILE
           [--no-bom] [--programme CODE] [--site CODE]… [--indicator CODE]…
           [--from PERIOD] [--to PERIOD] [--status STATUS]… [--sheets long|per-indicator]
           Write data values to a file (layouts in docs/import-export.md). It only
           reads the database, so it needs no --user.
</source>
        <translation>  export --db FILE.db --format csv|xlsx|dhis2-json|dhis2-csv|adx --out FILE
           [--no-bom] [--programme CODE] [--site CODE]… [--indicator CODE]…
           [--from PERIOD] [--to PERIOD] [--status STATUS]… [--sheets long|per-indicator]
           将数据值写入文件（格式见 docs/import-export.md）。它只读取数据库，
           因此不需要 --user。
</translation>
    </message>
    <message>
        <source>Write data values to a file. Reads the database only, so it needs no --user.</source>
        <translation>将数据值写入文件。只读取数据库，因此不需要 --user。</translation>
    </message>
    <message>
        <source>csv, xlsx, dhis2-json, dhis2-csv or adx.</source>
        <translation>csv、xlsx、dhis2-json、dhis2-csv 或 adx。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The file to write (replaced when complete).</source>
        <translation>要写入的文件（完成后才替换原文件）。</translation>
    </message>
    <message>
        <source>CSV: leave out the UTF-8 byte order mark.</source>
        <translation>CSV：不写入 UTF-8 字节顺序标记（BOM）。</translation>
    </message>
    <message>
        <source>Only this site; repeat for more.</source>
        <translation>仅此项目点；可重复指定多个。</translation>
    </message>
    <message>
        <source>Only this indicator; repeat for more.</source>
        <translation>仅此指标；可重复指定多个。</translation>
    </message>
    <message>
        <source>Only reports with this status (draft, submitted, approved, returned); repeat for more.</source>
        <translation>仅限此状态的报告（draft、submitted、approved、returned）；可重复指定多个。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>XLSX: long (one sheet) or per-indicator.</source>
        <translation>XLSX：long（一个工作表）或 per-indicator（每个指标一个工作表）。</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>DHIS2: the categoryOptionCombo of totals (default %1; empty to leave it out).</source>
        <translation>DHIS2：合计值使用的 categoryOptionCombo（默认 %1；留空则不写）。</translation>
    </message>
    <message>
        <source>DHIS2: the dataSet to name in the file.</source>
        <translation>DHIS2：写入文件的 dataSet。</translation>
    </message>
    <message>
        <source>export: unexpected argument &quot;%1&quot;.</source>
        <translation>export：多余的参数“%1”。</translation>
    </message>
    <message>
        <source>export: --db FILE.db, --format FORMAT and --out FILE are required.</source>
        <translation>export：必须提供 --db FILE.db、--format FORMAT 和 --out FILE。</translation>
    </message>
    <message>
        <source>export: --format takes csv, xlsx, dhis2-json, dhis2-csv or adx, not &quot;%1&quot;.</source>
        <translation>export：--format 只能是 csv、xlsx、dhis2-json、dhis2-csv 或 adx，而不是“%1”。</translation>
    </message>
    <message>
        <source>export: --sheets takes long or per-indicator, not &quot;%1&quot;.</source>
        <translation>export：--sheets 只能是 long 或 per-indicator，而不是“%1”。</translation>
    </message>
    <message>
        <source>export: --%1: %2</source>
        <translation>export：--%1：%2</translation>
    </message>
    <message>
        <source>export: --status takes draft, submitted, approved or returned, not &quot;%1&quot;.</source>
        <translation>export：--status 只能是 draft、submitted、approved 或 returned，而不是“%1”。</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export：%1</translation>
    </message>
    <message>
        <source>export: there is no programme %1.</source>
        <translation>export：没有项目 %1。</translation>
    </message>
    <message>
        <source>export: name the programme with --programme CODE.</source>
        <translation>export：请用 --programme CODE 指定项目。</translation>
    </message>
    <message>
        <source>export: --site: there is no site %1.</source>
        <translation>export：--site：没有项目点 %1。</translation>
    </message>
    <message>
        <source>export: --indicator: the programme has no indicator %1.</source>
        <translation>export：--indicator：该项目没有指标 %1。</translation>
    </message>
    <message>
        <source>export: warning: %1</source>
        <translation>export：警告：%1</translation>
    </message>
    <message>
        <source>Wrote %1 data values to %2 (%3 warnings).</source>
        <translation>已将 %1 个数据值写入 %2（%3 条警告）。</translation>
    </message>
    <message>
        <source>
Importing sites and indicators:
  import-metadata --db FILE.db --user NAME --kind sites|indicators|dhis2 FILE
           [--programme CODE] [--sheet NAME] [--arm pilot|comparison] [--dry-run]
           Import sites or indicators from a CSV or XLSX file, or both (with category
           options) from a DHIS2 metadata JSON file; all or nothing: exit 3 and nothing
           written when a row is rejected.
</source>
        <translation>
导入项目点和指标：
  import-metadata --db FILE.db --user NAME --kind sites|indicators|dhis2 FILE
           [--programme CODE] [--sheet NAME] [--arm pilot|comparison] [--dry-run]
           从 CSV 或 XLSX 文件导入项目点或指标，或从 DHIS2 元数据 JSON 文件导入两者
           （连同分类选项）；全部导入或全部不导入：有行被拒绝时退出码为 3，且不写入任何内容。
</translation>
    </message>
    <message>
        <source>Import sites or indicators from a CSV or XLSX file, or a DHIS2 metadata export: checked first, then written all or nothing.</source>
        <translation>从 CSV 或 XLSX 文件或 DHIS2 元数据导出文件导入项目点或指标：先检查，然后全部写入或全部不写入。</translation>
    </message>
    <message>
        <source>What the file holds: sites, indicators or dhis2.</source>
        <translation>文件内容：sites（项目点）、indicators（指标）或 dhis2。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>The worksheet of an XLSX file (default: the first).</source>
        <translation>XLSX 文件的工作表（默认：第一个）。</translation>
    </message>
    <message>
        <source>The arm of sites new from DHIS2: pilot or comparison (default).</source>
        <translation>从 DHIS2 新导入的项目点的组别：pilot（试点）或 comparison（对照，默认）。</translation>
    </message>
    <message>
        <source>ARM</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>%1: --kind must be sites, indicators or dhis2.</source>
        <translation>%1：--kind 必须是 sites、indicators 或 dhis2。</translation>
    </message>
    <message>
        <source>%1: --arm must be pilot or comparison.</source>
        <translation>%1：--arm 必须是 pilot 或 comparison。</translation>
    </message>
    <message>
        <source>%1: name one file to import.</source>
        <translation>%1：请指定一个要导入的文件。</translation>
    </message>
    <message>
        <source>%1: %2 does not exist or is not a file.</source>
        <translation>%1：%2 不存在或不是文件。</translation>
    </message>
    <message>
        <source>Checked %1 (%2): %3 records: %4 new, %5 changed, %6 unchanged, %7 rejected.</source>
        <translation>已检查 %1（%2）：%3 条记录：新增 %4，更改 %5，未变 %6，拒绝 %7。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) rejected.</source>
        <translation>
            <numerusform>未导入任何内容：%n 行被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed, %3 unchanged; %4 new category options.</source>
        <translation>已导入：新增 %1，更改 %2，未变 %3；新增分类选项 %4 个。</translation>
    </message>
    <message>
        <source>The worksheet of an XLSX workbook (default: the first).</source>
        <translation>XLSX 工作簿中的工作表（默认：第一个）。</translation>
    </message>
    <message>
        <source>The file to import (CSV, or an XLSX workbook).</source>
        <translation>要导入的文件（CSV 或 XLSX 工作簿）。</translation>
    </message>
    <message>
        <source>Checked %1 (%2): %3 records, %4 values: %5 new, %6 changed, %7 unchanged, %8 rejected.</source>
        <translation>已检查 %1（%2）：%3 条记录，%4 个数值：新增 %5，更改 %6，未变 %7，拒绝 %8。</translation>
    </message>
    <message>
        <source>  report --db FILE.db --lang zh|en --out FILE.pdf [--programme CODE] [--assessment ID]
           Write the scale-up readiness evidence brief as a PDF in Chinese or English:
           the newest signed assessment, else the newest draft, else a preliminary
           evaluation. It only reads the database, so it needs no --user.
</source>
        <translation>  report --db FILE.db --lang zh|en --out FILE.pdf [--programme CODE] [--assessment ID]
           以中文或英文 PDF 写出推广准备度证据简报：依据最新的已签署评估，
           没有时依据最新的草稿，再没有时为初步评估。它只读取数据库，
           因此不需要 --user。
</translation>
    </message>
    <message>
        <source>Write the scale-up readiness evidence brief of a programme as a PDF. Reads the database only, so it needs no --user.</source>
        <translation>将项目的推广准备度证据简报写为 PDF。只读取数据库，因此不需要 --user。</translation>
    </message>
    <message>
        <source>The language of the brief: zh or en.</source>
        <translation>简报的语言：zh 或 en。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The PDF file to write (replaced when complete).</source>
        <translation>要写入的 PDF 文件（完成后替换原文件）。</translation>
    </message>
    <message>
        <source>The assessment&apos;s id (default: the newest signed one, else the newest draft).</source>
        <translation>评估编号（默认：最新的已签署评估，没有时为最新的草稿）。</translation>
    </message>
    <message>
        <source>report: unexpected argument &quot;%1&quot;.</source>
        <translation>report：多余的参数“%1”。</translation>
    </message>
    <message>
        <source>report: --db FILE.db, --lang zh|en and --out FILE.pdf are required.</source>
        <translation>report：必须指定 --db FILE.db、--lang zh|en 和 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>report: --lang takes zh or en, not &quot;%1&quot;.</source>
        <translation>report：--lang 只能是 zh 或 en，不能是“%1”。</translation>
    </message>
    <message>
        <source>report: --assessment needs an assessment&apos;s id (a whole number), not &quot;%1&quot;.</source>
        <translation>report：--assessment 需要评估编号（整数），不能是“%1”。</translation>
    </message>
    <message>
        <source>report: cannot write %1: the folder %2 does not exist.</source>
        <translation>report：无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>report: cannot write %1: it is a folder.</source>
        <translation>report：无法写入 %1：它是一个文件夹。</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>report：%1</translation>
    </message>
    <message>
        <source>report: there is no programme %1.</source>
        <translation>report：没有项目 %1。</translation>
    </message>
    <message>
        <source>report: the database holds no programme.</source>
        <translation>report：数据库中没有项目。</translation>
    </message>
    <message>
        <source>report: the database holds several programmes (%1); name one with --programme CODE.</source>
        <translation>report：数据库中有多个项目（%1），请用 --programme CODE 指定其中一个。</translation>
    </message>
    <message>
        <source>report: the programme has no assessment %1.</source>
        <translation>report：该项目没有编号为 %1 的评估。</translation>
    </message>
    <message>
        <source>Wrote the evidence brief to %1.</source>
        <translation>已将证据简报写入 %1。</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>an assessment&apos;s id</comment>
        <translation>评估编号</translation>
    </message>
    <message>
        <source>report: %1 was written by an earlier version of ScaleReady; open it once in the window (or run a command that writes to it, such as import) to upgrade it, then make the report.</source>
        <translation>report：%1 由较早版本的 ScaleReady 写入；请先在窗口中打开一次（或运行会写入它的命令，如 import）以完成升级，然后再生成报告。</translation>
    </message>
    <message>
        <source>
Synchronising field laptops with the manager&apos;s database:
  sync export --db FILE.db --user NAME [--to OFFICER] [--programme CODE] [--starter] --out FILE
           Write a sync package: from a field database to its manager; from the manager&apos;s
           database to an officer&apos;s laptop (a starter package that sets the laptop up when
           it has none yet, or with --starter).
  sync import --db FILE.db --user NAME FILE
           Apply a sync package in one transaction after a backup and print the summary;
           exit 3 when rows were rejected. With a starter package and a --db that does not
           exist yet, creates the officer&apos;s field database (no --user).
</source>
        <translation>
外业电脑与项目经理数据库之间的同步：
  sync export --db FILE.db --user NAME [--to OFFICER] [--programme CODE] [--starter] --out FILE
           写出同步包：外业数据库发给其项目经理；项目经理的数据库发给某位基层工作人员的电脑
           （该电脑尚未设置时，或使用 --starter 时，写出用于设置电脑的初始包）。
  sync import --db FILE.db --user NAME FILE
           先备份，再在一个事务中应用同步包，并输出摘要；有行被拒绝时退出码为 3。
           若给出初始包且 --db 指定的文件尚不存在，则创建该基层工作人员的外业数据库（无需 --user）。
</translation>
    </message>
    <message>
        <source>Exchange sync packages between the manager&apos;s database and field laptops (docs/sync.md).</source>
        <translation>在项目经理的数据库与外业电脑之间交换同步包（见 docs/sync.md）。</translation>
    </message>
    <message>
        <source>The officer whose laptop the package is for (from the manager&apos;s database).</source>
        <translation>同步包所发往电脑的基层工作人员（从项目经理的数据库发出时）。</translation>
    </message>
    <message>
        <source>OFFICER</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>A new starter package, for a new or lost laptop.</source>
        <translation>新的初始包，用于新电脑或丢失的电脑。</translation>
    </message>
    <message>
        <source>The package file to write.</source>
        <translation>要写出的同步包文件。</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>要执行的操作。</translation>
    </message>
    <message>
        <source>sync export: name the package file with --out FILE.</source>
        <translation>sync export：请用 --out FILE 指定同步包文件。</translation>
    </message>
    <message>
        <source>sync export: there is no programme %1.</source>
        <translation>sync export：没有项目 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a starter package for %1 with %n row(s) to %2.</source>
        <translation>
            <numerusform>已将发给 %1 的初始包（%n 行）写入 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote a package for %1 with %n row(s) to %2.</source>
        <translation>
            <numerusform>已将发给 %1 的同步包（%n 行）写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>sync: say export or import, not &quot;%1&quot;.</source>
        <translation>sync：请指定 export 或 import，而不是“%1”。</translation>
    </message>
    <message>
        <source>sync import: name one package file.</source>
        <translation>sync import：请指定一个同步包文件。</translation>
    </message>
    <message>
        <source>sync import: --db FILE.db is required.</source>
        <translation>sync import：必须提供 --db FILE.db。</translation>
    </message>
    <message>
        <source>Created the field database %1.</source>
        <translation>已创建外业数据库 %1。</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare assessments</source>
        <translation>比较评估</translation>
    </message>
    <message>
        <source>&amp;First:</source>
        <translation>第一份(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Second:</source>
        <translation>第二份(&amp;S)：</translation>
    </message>
    <message>
        <source>Domain or criterion</source>
        <translation>领域或标准</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>无评分</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>First</source>
        <translation>第一份</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>第二份</translation>
    </message>
</context>
<context>
    <name>CompletenessHeatmap</name>
    <message>
        <source>%1 (%2), %3: %4
Site: %5 of %6 reports received, %7 on time</source>
        <translation>%1（%2），%3：%4
项目点：应报 %6 份，已收 %5 份，按时 %7 份</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未报告</translation>
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
        <translation>已审核</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>%1: reports by site and period</source>
        <translation>%1：各项目点各期报告情况</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整率</translation>
    </message>
    <message>
        <source>No site matches the filter.</source>
        <translation>没有符合筛选条件的项目点。</translation>
    </message>
    <message>
        <source>No report of this indicator has been entered yet.</source>
        <translation>该指标尚未录入任何报告。</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>项目点代码</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>项目点</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <source>Edit the settled version</source>
        <translation>编辑处理后的版本</translation>
    </message>
    <message>
        <source>Approved data: a field package tried to change it.</source>
        <translation>已批准的数据：外业同步包试图更改它。</translation>
    </message>
    <message>
        <source>Mine: changed by %1. Theirs, from %2: changed by %3. The edited version replaces both on every database it reaches.</source>
        <translation>本地版本：由 %1 更改。对方版本（来自 %2）：由 %3 更改。编辑后的版本将在其到达的每个数据库上取代这两个版本。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Settled version</source>
        <translation>处理后的版本</translation>
    </message>
    <message>
        <source>Mine</source>
        <comment>this database&apos;s version</comment>
        <translation>本地</translation>
    </message>
    <message>
        <source>Theirs</source>
        <comment>the other database&apos;s version</comment>
        <translation>对方</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Mine changed by</source>
        <translation>本地更改人</translation>
    </message>
    <message>
        <source>Theirs changed by</source>
        <translation>对方更改人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 (approved data)</source>
        <translation>%1（已批准的数据）</translation>
    </message>
    <message>
        <source>A field package tried to change approved data; it was not applied. Keep mine leaves the approved data as it is; take theirs changes it.</source>
        <translation>外业同步包试图更改已批准的数据，该更改未被应用。“保留本地”将保持已批准的数据不变；“采用对方”将更改它。</translation>
    </message>
    <message>
        <source>Mine</source>
        <comment>this database&apos;s version</comment>
        <translation>本地</translation>
    </message>
    <message>
        <source>Theirs</source>
        <comment>the other database&apos;s version</comment>
        <translation>对方</translation>
    </message>
    <message>
        <source>%1: %2 by %3, %4</source>
        <comment>status: resolution by whom, when</comment>
        <translation>%1：由 %3 于 %4 %2</translation>
    </message>
</context>
<context>
    <name>CostService</name>
    <message>
        <source>The costs refer to a site that does not exist.</source>
        <translation>该成本记录所指的项目点不存在。</translation>
    </message>
    <message>
        <source>Costs of %1: the year %2 is not between 2000 and this year.</source>
        <translation>%1 的成本：年份 %2 不在 2000 年至今年之间。</translation>
    </message>
    <message>
        <source>Costs of %1 in %2: amounts cannot be negative.</source>
        <translation>%1 在 %2 年的成本：金额不能为负数。</translation>
    </message>
    <message>
        <source>Costs of %1 in %2: the number of beneficiaries cannot be negative.</source>
        <translation>%1 在 %2 年的成本：受益人数不能为负数。</translation>
    </message>
    <message>
        <source>Costs of %1 for %2 are already recorded; change that entry instead.</source>
        <translation>%1 在 %2 年的成本已有记录，请修改该记录。</translation>
    </message>
    <message>
        <source>The cost entry no longer exists.</source>
        <translation>该成本记录已不存在。</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <source>NEW%1</source>
        <translation>NEW%1</translation>
    </message>
    <message>
        <source>Row %1 (%2), column &quot;%3&quot;: &quot;%4&quot; is not a number.</source>
        <translation>第 %1 行（%2），“%3”列：“%4”不是数字。</translation>
    </message>
    <message>
        <source>Readiness criteria</source>
        <translation>推广准备度标准</translation>
    </message>
    <message>
        <source>Criteria are grouped in the ten domains of the Intervention Scalability Assessment Tool. A computed criterion scores 4 at or beyond &quot;strong&quot;, 3 at or beyond &quot;adequate&quot;, 2 at or beyond &quot;weak&quot;, else 1 (for cost per beneficiary, lower is better). Indicators: codes separated by spaces; empty means all (coverage needs its indicators named). A critical criterion below 3 means &quot;not yet ready&quot;.</source>
        <translation>各项标准按“干预措施可推广性评估工具”（ISAT）的十个领域分组。计算型标准达到或优于“强”得 4 分，达到或优于“充分”得 3 分，达到或优于“弱”得 2 分，否则得 1 分（人均受益成本越低越好）。指标：以空格分隔的指标代码；留空表示全部指标（覆盖率标准须指明其指标）。关键标准低于 3 分意味着“尚未准备好”。</translation>
    </message>
    <message>
        <source>Only programme managers and administrators can change the criteria.</source>
        <translation>只有项目经理和管理员可以修改标准。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>充分</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>关键</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Guidance (English)</source>
        <translation>说明（英文）</translation>
    </message>
    <message>
        <source>Guidance (Chinese)</source>
        <translation>说明（中文）</translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation>添加标准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove criterion</source>
        <translation>删除标准(&amp;R)</translation>
    </message>
    <message>
        <source>Use the &amp;default criteria</source>
        <translation>使用默认标准(&amp;D)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>%1: the text is not valid %2 near line %3; choose the file&apos;s encoding.</source>
        <translation>%1：第 %3 行附近的文字不是有效的 %2；请选择文件的编码。</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field is not closed before the end of the file.</source>
        <translation>%1：第 %2 行：带引号的字段直到文件结尾都没有闭合。</translation>
    </message>
    <message>
        <source>%1: line %2: text after a closing quote in field %3; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>%1：第 %2 行：第 %3 个字段的结束引号后还有文字；带引号字段中的引号应写成两个（&quot;&quot;）。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>全部省份</translation>
    </message>
    <message>
        <source>All prefectures</source>
        <translation>全部地州市</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>全部县</translation>
    </message>
    <message>
        <source>Earliest data</source>
        <translation>最早数据</translation>
    </message>
    <message>
        <source>Latest data</source>
        <translation>最新数据</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>As reported</source>
        <translation>按报告频率</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>The period range ends (%1) before it starts (%2).</source>
        <translation>期间范围的结束（%1）早于开始（%2）。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>points</source>
        <translation>个百分点</translation>
    </message>
    <message>
        <source>per 1,000</source>
        <translation>每千人</translation>
    </message>
    <message>
        <source>per site and period</source>
        <translation>（每个项目点每期）</translation>
    </message>
    <message>
        <source>points of the score</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Pilot sites improved %1 %2 more than comparison sites, 95% CI %3 to %4.</source>
        <translation>试点项目点比对照项目点多改善 %1 %2，95% 置信区间 %3 至 %4。</translation>
    </message>
    <message>
        <source>Pilot sites did %1 %2 worse than comparison sites, 95% CI %3 to %4.</source>
        <translation>试点项目点比对照项目点差 %1 %2，95% 置信区间 %3 至 %4。</translation>
    </message>
    <message>
        <source>The interval includes zero: the difference may be chance.</source>
        <translation>置信区间包含零：这一差异可能是偶然的。</translation>
    </message>
    <message>
        <source>(%1 pilot and %2 comparison sites; baseline %3–%4, endline %5–%6.)</source>
        <translation>（%1 个试点和 %2 个对照项目点；基线期 %3–%4，终线期 %5–%6。）</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Pilot vs comparison (difference-in-differences)</source>
        <translation>试点与对照比较（双重差分）</translation>
    </message>
    <message>
        <source>Sites meeting their target</source>
        <translation>达到目标的项目点</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整率</translation>
    </message>
    <message>
        <source>This programme has no indicators yet.</source>
        <translation>该项目还没有指标。</translation>
    </message>
    <message>
        <source>Choose an indicator.</source>
        <translation>请选择一个指标。</translation>
    </message>
    <message>
        <source>%1; baseline %2, target %3.</source>
        <translation>%1；基线 %2，目标 %3。</translation>
    </message>
    <message>
        <source>No approved or submitted data for these periods yet.</source>
        <translation>这些期间还没有已审核或已提交的数据。</translation>
    </message>
    <message>
        <source>No approved data for these periods yet.</source>
        <translation>这些期间还没有已审核的数据。</translation>
    </message>
    <message>
        <source>%1% of the way from baseline to target.</source>
        <translation>已完成从基线到目标的 %1%。</translation>
    </message>
    <message>
        <source>Target met.</source>
        <translation>已达到目标。</translation>
    </message>
    <message>
        <source>At the current trend the target is met in %1.</source>
        <translation>按目前趋势，将于 %1 达到目标。</translation>
    </message>
    <message>
        <source>The current trend does not reach the target.</source>
        <translation>按目前趋势无法达到目标。</translation>
    </message>
    <message>
        <source>Counts are per site and period.</source>
        <translation>数量为每个项目点每期的平均数。</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>%1 per 1,000</source>
        <translation>每千人 %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>sites at or beyond their target in their latest report</source>
        <translation>最新报告达到或超过目标的项目点 / 有目标的项目点</translation>
    </message>
    <message>
        <source>No site with data has a target.</source>
        <translation>有数据的项目点都没有设定目标。</translation>
    </message>
    <message>
        <source>%1 of %2 reports received; %3 on time; %4 outliers; %5 consistency failures.</source>
        <translation>应报 %2 份，已收 %1 份；及时率 %3；异常值 %4 个；一致性错误 %5 个。</translation>
    </message>
    <message>
        <source>Double-click a row to open the entry form at that site and period.</source>
        <translation>双击一行可打开该项目点该期间的录入表。</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n report(s) from %3 site(s), %4.</source>
        <translation>
            <numerusform>%1 至 %2：来自 %3 个项目点的 %n 份报告，%4。</numerusform>
        </translation>
    </message>
    <message>
        <source>approved and submitted data</source>
        <translation>已审核和已提交的数据</translation>
    </message>
    <message>
        <source>approved data only</source>
        <translation>仅已审核的数据</translation>
    </message>
    <message>
        <source>%1 − %2</source>
        <translation>%1 − %2</translation>
    </message>
    <message>
        <source>%1 (%2): not enough data in both windows.</source>
        <translation>%1（%2）：两个时期的数据不足。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>%1 (%2): pilot sites %3, comparison sites %4.</source>
        <translation>%1（%2）：试点项目点 %3，对照项目点 %4。</translation>
    </message>
    <message>
        <source>The gap is closing faster where the model runs (by %1).</source>
        <translation>实施模式的地区差距缩小得更快（多缩小 %1）。</translation>
    </message>
    <message>
        <source>The gap is not closing faster where the model runs (%1).</source>
        <translation>实施模式的地区差距并未缩小得更快（%1）。</translation>
    </message>
    <message>
        <source>Slope index of inequality at endline, %1 sites: %2 (from the most to the least disadvantaged).</source>
        <translation>终线期不平等斜率指数（%1项目点）：%2（从最弱势到最不弱势）。</translation>
    </message>
    <message>
        <source>Gaps between equity groups (reference − focus group), baseline → endline window:</source>
        <translation>公平分组之间的差距（参照组 − 关注组），基线期 → 终线期：</translation>
    </message>
    <message>
        <source>No equity group has data in both windows yet.</source>
        <translation>还没有哪个公平分组在两个时期都有数据。</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Include submitted data</source>
        <translation>包括已提交的数据</translation>
    </message>
    <message>
        <source>Count reports waiting for review as well as approved ones</source>
        <translation>除已审核的报告外，也计入待审核的报告</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>省份：</translation>
    </message>
    <message>
        <source>Prefecture:</source>
        <translation>地州市：</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>县：</translation>
    </message>
    <message>
        <source>Arm:</source>
        <translation>组别：</translation>
    </message>
    <message>
        <source>Equity group:</source>
        <translation>公平分组：</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>重置筛选</translation>
    </message>
    <message>
        <source>Rank by:</source>
        <translation>排序依据：</translation>
    </message>
    <message>
        <source>Change from baseline to endline</source>
        <translation>从基线到终线的变化</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>项目点</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>公平</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>将图表保存为图片</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <source>Save the chart as a vector drawing</source>
        <translation>将图表保存为矢量图</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>复制表格</translation>
    </message>
    <message>
        <source>Copy the numbers behind the chart, to paste into a spreadsheet</source>
        <translation>复制图表背后的数字，以便粘贴到电子表格</translation>
    </message>
    <message>
        <source>Pilot and comparison</source>
        <translation>试点和对照</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>By place:</source>
        <translation>按地区：</translation>
    </message>
</context>
<context>
    <name>DataBrowserModel</name>
    <message>
        <source>Site</source>
        <translation>项目点</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Option</source>
        <comment>category option, or the total</comment>
        <translation>分类选项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>of the report</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 per 1,000</source>
        <translation>每千人 %1</translation>
    </message>
</context>
<context>
    <name>DataBrowserPage</name>
    <message>
        <source>All sites</source>
        <translation>所有项目点</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>所有指标</translation>
    </message>
    <message>
        <source>Earliest data</source>
        <translation>最早数据</translation>
    </message>
    <message>
        <source>Latest data</source>
        <translation>最新数据</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Counting data values…</source>
        <translation>正在统计数据值…</translation>
    </message>
    <message>
        <source>Data values: %1</source>
        <translation>数据值：%1</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>项目点(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>重置筛选</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <source>Export the values these filters show (narrowed to the sites and indicators of the selected rows, if any)</source>
        <translation>导出当前筛选显示的数据值（如选中了行，则只导出这些行的项目点和指标）</translation>
    </message>
    <message>
        <source>No data values match these filters.</source>
        <translation>没有符合这些筛选条件的数据值。</translation>
    </message>
</context>
<context>
    <name>DataEntryService</name>
    <message>
        <source>The site no longer exists.</source>
        <translation>该项目点已不存在。</translation>
    </message>
    <message>
        <source>numerators</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>denominators</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>%1 is required: enter its total.</source>
        <translation>%1 为必填指标：请填写合计。</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; fails: %2 (%3) should be %4 %5 (%6).</source>
        <translation>未通过规则“%1”：%2（%3）应%4 %5（%6）。</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is far from this site&apos;s usual values (%3 to %4 over the last %n report(s)); correct it or explain it in the cell&apos;s comment.</source>
        <translation>
            <numerusform>%1：%2 与本项目点以往的数值（最近 %n 次报告为 %3 至 %4）相差很大；请更正，或在单元格备注中说明原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the %2 of the disaggregations add up to %3, but the total is %4.</source>
        <translation>%1：各分组的%2之和为 %3，但合计为 %4。</translation>
    </message>
    <message>
        <source>%1: the %2 of the disaggregations entered so far already add up to %3, more than the total %4.</source>
        <translation>%1：已填写的各分组%2之和已达 %3，超过合计 %4。</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>Sites without a DHIS2 orgUnit mapping, exported under their ScaleReady codes (%1): %2</source>
        <translation>以下项目点没有 DHIS2 组织单元（orgUnit）映射，已按 ScaleReady 代码导出（%1 个）：%2</translation>
    </message>
    <message>
        <source>Indicators without a DHIS2 dataElement mapping, exported under their ScaleReady codes (%1): %2</source>
        <translation>以下指标没有 DHIS2 数据元（dataElement）映射，已按 ScaleReady 代码导出（%1 个）：%2</translation>
    </message>
    <message>
        <source>Category options without a DHIS2 categoryOptionCombo mapping, exported under their ScaleReady codes (%1): %2</source>
        <translation>以下分类选项没有 DHIS2 分类选项组合（categoryOptionCombo）映射，已按 ScaleReady 代码导出（%1 个）：%2</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; no file was written.</source>
        <translation>导出到 %1 已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <source>CSV (ScaleReady layout)</source>
        <translation>CSV（ScaleReady 格式）</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <source>DHIS2 data value set (JSON)</source>
        <translation>DHIS2 数据值集（JSON）</translation>
    </message>
    <message>
        <source>DHIS2 data values (CSV)</source>
        <translation>DHIS2 数据值（CSV）</translation>
    </message>
    <message>
        <source>ADX (XML)</source>
        <translation>ADX（XML）</translation>
    </message>
    <message>
        <source>The selection names a programme (id %1) that does not exist.</source>
        <translation>所选项目（id %1）不存在。</translation>
    </message>
    <message>
        <source>The selection names a site (id %1) that is not in the programme.</source>
        <translation>所选项目点（id %1）不属于该项目。</translation>
    </message>
    <message>
        <source>The selection names an indicator (id %1) that is not in the programme.</source>
        <translation>所选指标（id %1）不属于该项目。</translation>
    </message>
    <message>
        <source>The period range ends (%1) before it starts (%2).</source>
        <translation>期间范围的结束（%1）早于开始（%2）。</translation>
    </message>
    <message>
        <source>Unknown report status &quot;%1&quot; (draft, submitted, approved or returned).</source>
        <translation>未知的报告状态“%1”（可用：draft、submitted、approved 或 returned）。</translation>
    </message>
    <message>
        <source>The data could not be read: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>The selection holds no data values, and an ADX file needs at least one; %1 was not written.</source>
        <translation>所选范围内没有数据值，而 ADX 文件至少需要一个；未写入 %1。</translation>
    </message>
    <message>
        <source>Values left out because they have no value and no numerator and denominator to compute it from (%1): %2</source>
        <translation>以下数值因既无数值、也无可用于计算的分子和分母而未导出（%1 个）：%2</translation>
    </message>
    <message>
        <source>The workbook could not take another worksheet.</source>
        <translation>工作簿无法再添加工作表。</translation>
    </message>
</context>
<context>
    <name>DataImport</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消；没有做任何更改。</translation>
    </message>
    <message>
        <source>The import could not prepare its working tables: %1</source>
        <translation>导入无法准备工作表：%1</translation>
    </message>
    <message>
        <source>Your account may view data but not import it.</source>
        <translation>您的账户可以查看数据，但不能导入数据。</translation>
    </message>
    <message>
        <source>The programme to import into does not exist.</source>
        <translation>要导入的项目不存在。</translation>
    </message>
    <message>
        <source>The import could not start reading the database.</source>
        <translation>导入无法开始读取数据库。</translation>
    </message>
    <message>
        <source>The import could not prepare its queries: %1</source>
        <translation>导入无法准备查询：%1</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 是空的：没有表头行。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The indicator is empty.</source>
        <translation>指标为空。</translation>
    </message>
    <message>
        <source>Unknown indicator &quot;%1&quot;: no indicator of this programme has that code or name.</source>
        <translation>未知指标“%1”：本项目没有这个代码或名称的指标。</translation>
    </message>
    <message>
        <source>The site is empty.</source>
        <translation>项目点为空。</translation>
    </message>
    <message>
        <source>Unknown site &quot;%1&quot;: no site of this programme has that code or name.</source>
        <translation>未知项目点“%1”：本项目没有这个代码或名称的项目点。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of more than one site; use the site code.</source>
        <translation>“%1”是多个项目点的名称；请使用项目点代码。</translation>
    </message>
    <message>
        <source>You are not assigned to site %1, so you may not enter its data.</source>
        <translation>您未被分配到项目点 %1，因此不能录入其数据。</translation>
    </message>
    <message>
        <source>%1 has not started yet: future periods are closed for entry.</source>
        <translation>%1 尚未开始：未来期间不能录入。</translation>
    </message>
    <message>
        <source>The category option &quot;%1&quot; is not part of indicator %2&apos;s disaggregation.</source>
        <translation>分类选项“%1”不属于指标 %2 的分组。</translation>
    </message>
    <message>
        <source>Unknown category option &quot;%1&quot;.</source>
        <translation>未知分类选项“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>Indicator %1 takes a numerator and a denominator, not a value.</source>
        <translation>指标 %1 需要分子和分母，而不是单个数值。</translation>
    </message>
    <message>
        <source>The numerator and denominator cannot be negative.</source>
        <translation>分子和分母不能为负数。</translation>
    </message>
    <message>
        <source>Indicator %1 takes a single value, not a numerator and a denominator.</source>
        <translation>指标 %1 需要单个数值，而不是分子和分母。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 is submitted and waits for review; a programme manager can return it for changes.</source>
        <translation>%1 已提交，等待审核；项目经理可将其退回修改。</translation>
    </message>
    <message>
        <source>%1 is approved and locked; a programme manager can reopen it.</source>
        <translation>%1 已批准并锁定；项目经理可将其重新开放。</translation>
    </message>
    <message>
        <source>%1 closed for entry %2 days after the period ended; a programme manager can reopen it.</source>
        <translation>%1 在期间结束 %2 天后已关闭录入；项目经理可将其重新开放。</translation>
    </message>
    <message>
        <source>The import could not note a value: %1</source>
        <translation>导入无法记录一个数值：%1</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1，%2，%3，%4</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>The value %1 appears again at row %2; keep one of them.</source>
        <translation>数值 %1 在第 %2 行再次出现；请只保留其中一行。</translation>
    </message>
    <message>
        <source>The value %1 already appears at row %2; keep one of them.</source>
        <translation>数值 %1 已在第 %2 行出现；请只保留其中一行。</translation>
    </message>
    <message>
        <source>The import could not finish reading the database.</source>
        <translation>导入无法完成数据库读取。</translation>
    </message>
    <message>
        <source>Check the file before importing it.</source>
        <translation>请先检查文件，再导入。</translation>
    </message>
    <message>
        <source>%1 changed since it was checked; check it again.</source>
        <translation>%1 在检查之后已被修改；请重新检查。</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>The import could not prepare its statements: %1</source>
        <translation>导入无法准备语句：%1</translation>
    </message>
    <message>
        <source>Could not record the change in the audit log: %1</source>
        <translation>无法将此次更改记入审计日志：%1</translation>
    </message>
    <message>
        <source>%1 was submitted since the file was checked; a programme manager can return it for changes.</source>
        <translation>%1 在文件检查之后已被提交；项目经理可将其退回修改。</translation>
    </message>
    <message>
        <source>%1 was approved since the file was checked; a programme manager can reopen it.</source>
        <translation>%1 在文件检查之后已被批准；项目经理可将其重新开放。</translation>
    </message>
    <message>
        <source>The report for %1 could not be created: %2</source>
        <translation>无法创建 %1 的报告：%2</translation>
    </message>
    <message>
        <source>Row %1 could not be written: %2</source>
        <translation>无法写入第 %1 行：%2</translation>
    </message>
    <message>
        <source>The checked values could not be read back: %1</source>
        <translation>无法读回已检查的数值：%1</translation>
    </message>
    <message>
        <source>The import could not be logged: %1</source>
        <translation>无法记录此次导入：%1</translation>
    </message>
    <message>
        <source>Check the file before saving its rejected rows.</source>
        <translation>请先检查文件，再保存被拒绝的行。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>file row</source>
        <translation>文件行号</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of more than one indicator; use the indicator code.</source>
        <translation>“%1”是多个指标的名称；请使用指标代码。</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>数据库正忙：%1</translation>
    </message>
    <message>
        <source>The site was removed, or you were unassigned from it, since the file was checked.</source>
        <translation>在文件检查之后，该项目点已被删除，或您已不再负责该项目点。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>DataValueBrowser</name>
    <message>
        <source>Could not read the data values: %1</source>
        <translation>无法读取数据值：%1</translation>
    </message>
    <message>
        <source>Could not read the data values: the position belongs to another sort order.</source>
        <translation>无法读取数据值：该位置属于另一种排序。</translation>
    </message>
    <message>
        <source>Could not count the data values: %1</source>
        <translation>无法统计数据值：%1</translation>
    </message>
</context>
<context>
    <name>DataValueService</name>
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
        <source>%1: the numerator and denominator cannot be negative.</source>
        <translation>%1：分子和分母不能为负数。</translation>
    </message>
    <message>
        <source>The value for %1 no longer exists.</source>
        <translation>%1 的数据值已不存在。</translation>
    </message>
    <message>
        <source>The value for %1 was changed by someone else since it was opened; reload it and try again.</source>
        <translation>打开后，%1 的数据值已被他人修改；请重新加载后再试。</translation>
    </message>
    <message>
        <source>%1: the value is not a number.</source>
        <translation>%1：该值不是数字。</translation>
    </message>
    <message>
        <source>%1: indicator %2 takes a numerator and a denominator, not a value.</source>
        <translation>%1：指标 %2 应填写分子和分母，而不是单个数值。</translation>
    </message>
    <message>
        <source>%1: indicator %2 takes a single value, not a numerator and a denominator.</source>
        <translation>%1：指标 %2 应填写单个数值，而不是分子和分母。</translation>
    </message>
    <message>
        <source>enter the denominator too.</source>
        <translation>请同时填写分母。</translation>
    </message>
    <message>
        <source>enter the numerator too.</source>
        <translation>请同时填写分子。</translation>
    </message>
    <message>
        <source>the denominator is 0 but the numerator is %1.</source>
        <translation>分母为 0，但分子为 %1。</translation>
    </message>
    <message>
        <source>the numerator %1 is larger than the denominator %2.</source>
        <translation>分子 %1 大于分母 %2。</translation>
    </message>
    <message>
        <source>%1 / %2 gives %3, outside the valid range %4 – %5.</source>
        <translation>%1 / %2 得 %3，超出有效范围 %4 – %5。</translation>
    </message>
    <message>
        <source>the value is empty.</source>
        <translation>数值为空。</translation>
    </message>
    <message>
        <source>the value %1 is outside the valid range %2 – %3.</source>
        <translation>数值 %1 超出有效范围 %2 – %3。</translation>
    </message>
    <message>
        <source>a yes/no value must be 1 (yes) or 0 (no).</source>
        <translation>是/否型数值必须为 1（是）或 0（否）。</translation>
    </message>
    <message>
        <source>a count must be a whole number, not %1.</source>
        <translation>计数必须为整数，不能是 %1。</translation>
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
    <name>Dhis2MappingDialog</name>
    <message>
        <source>DHIS2 codes</source>
        <translation>DHIS2 代码</translation>
    </message>
    <message>
        <source>The codes a DHIS2 instance knows the programme&apos;s sites, indicators, category options and periods by. The DHIS2 exports use them; where a code is empty, the ScaleReady code is used and the export warns about it. Empty a code to remove it.</source>
        <translation>DHIS2 系统中用于标识本项目项目点、指标、分类选项和期间的代码。DHIS2 导出会使用这些代码；代码为空时使用 ScaleReady 代码，并在导出时给出警告。清空代码即可删除该映射。</translation>
    </message>
    <message>
        <source>Sites (orgUnit)</source>
        <translation>项目点（orgUnit）</translation>
    </message>
    <message>
        <source>Indicators (dataElement)</source>
        <translation>指标（dataElement）</translation>
    </message>
    <message>
        <source>Category options (categoryOptionCombo)</source>
        <translation>分类选项（categoryOptionCombo）</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Period name</source>
        <translation>期间名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>DHIS2 code</source>
        <translation>DHIS2 代码</translation>
    </message>
    <message>
        <source>&amp;Add a period</source>
        <translation>添加期间(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Nothing was saved:</source>
        <translation>没有保存任何内容：</translation>
    </message>
</context>
<context>
    <name>Dhis2MappingService</name>
    <message>
        <source>A DHIS2 code mapping needs an existing programme.</source>
        <translation>DHIS2 代码映射需要一个已存在的项目。</translation>
    </message>
    <message>
        <source>DHIS2 period mapping: %1</source>
        <translation>DHIS2 期间映射：%1</translation>
    </message>
    <message>
        <source>The DHIS2 code mapping refers to a site that is not in the programme.</source>
        <translation>该 DHIS2 代码映射指向的项目点不属于该项目。</translation>
    </message>
    <message>
        <source>The DHIS2 code mapping refers to an indicator that is not in the programme.</source>
        <translation>该 DHIS2 代码映射指向的指标不属于该项目。</translation>
    </message>
    <message>
        <source>The DHIS2 code mapping refers to a category option that is not in the programme.</source>
        <translation>该 DHIS2 代码映射指向的分类选项不属于该项目。</translation>
    </message>
    <message>
        <source>Enter the DHIS2 code for %1.</source>
        <translation>请输入 %1 的 DHIS2 代码。</translation>
    </message>
    <message>
        <source>The DHIS2 code for %1 is longer than %2 characters.</source>
        <translation>%1 的 DHIS2 代码超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The DHIS2 code &quot;%1&quot; for %2 contains a space or control character.</source>
        <translation>%2 的 DHIS2 代码“%1”包含空格或控制字符。</translation>
    </message>
    <message>
        <source>The DHIS2 code %1 is already used for %2.</source>
        <translation>DHIS2 代码 %1 已用于 %2。</translation>
    </message>
    <message>
        <source>The DHIS2 code of %1 was changed by someone else since it was opened; reload and try again.</source>
        <translation>%1 的 DHIS2 代码在打开后已被他人修改；请重新加载后再试。</translation>
    </message>
    <message>
        <source>This DHIS2 code mapping no longer exists.</source>
        <translation>该 DHIS2 代码映射已不存在。</translation>
    </message>
    <message>
        <source>The DHIS2 code mapping was changed by someone else since it was opened; reload and try again.</source>
        <translation>该 DHIS2 代码映射在打开后已被他人修改；请重新加载后再试。</translation>
    </message>
</context>
<context>
    <name>Dhis2Metadata</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation>%1 不是有效的 JSON：第 %3 个字符处%2。</translation>
    </message>
    <message>
        <source>%1 is not a DHIS2 metadata export: it has no organisationUnits, dataElements or categoryCombos.</source>
        <translation>%1 不是 DHIS2 元数据导出文件：其中没有 organisationUnits、dataElements 或 categoryCombos。</translation>
    </message>
    <message>
        <source>data element %1 is a tracker data element (domain type %2); only aggregate data elements become indicators.</source>
        <translation>数据元 %1 是跟踪类数据元（域类型 %2）；只有汇总类数据元可以成为指标。</translation>
    </message>
    <message>
        <source>data element %1 has the value type %2, which no indicator can hold.</source>
        <translation>数据元 %1 的值类型为 %2，没有指标可以容纳这种值。</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>entry of %1</source>
        <translation>录入 %1</translation>
    </message>
    <message>
        <source>The entry of %1 was changed elsewhere since; it is left as it is.</source>
        <translation>%1 的录入已在别处被修改，保持现状不变。</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>项目点：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Send this site&apos;s data for the period to the programme manager; refused while problems remain</source>
        <translation>将本项目点本期数据提交给项目经理审核；仍有问题时无法提交</translation>
    </message>
    <message>
        <source>Comment on the cell:</source>
        <translation>单元格备注：</translation>
    </message>
    <message>
        <source>Flag for follow-up</source>
        <translation>标记为需跟进</translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <source>History of the cell:</source>
        <translation>单元格历史：</translation>
    </message>
    <message>
        <source>Problems (double-click to go to the cell):</source>
        <translation>问题（双击可跳到对应单元格）：</translation>
    </message>
    <message>
        <source>Returned to me:</source>
        <translation>退回给我的报告：</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>季报</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>年报</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Open a database to enter data.</source>
        <translation>请先打开数据库再录入数据。</translation>
    </message>
    <message>
        <source>You have no sites to enter data for. An administrator assigns field officers to sites.</source>
        <translation>您没有可录入数据的项目点。由管理员为基层工作人员分配项目点。</translation>
    </message>
    <message>
        <source>Choose a site and a period.</source>
        <translation>请选择项目点和期间。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Returned for correction: %1</source>
        <translation>已退回修改：%1</translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation>已重新开放：%1</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>%1 (explained)</source>
        <translation>%1（已说明）</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Select a cell to see its comment and history.</source>
        <translation>选择一个单元格以查看其备注和历史。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>（已清除）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2，%3</translation>
    </message>
    <message>
        <source>The pasted block does not fit the grid: row %1, column %2 of the block falls on a cell that takes no value. Nothing was pasted.</source>
        <translation>粘贴的区域与表格不符：区域第 %1 行第 %2 列落在不接受数值的单元格上。未粘贴任何内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in row %2, column %3 of the pasted block is not a number. Nothing was pasted.</source>
        <translation>粘贴区域第 %2 行第 %3 列的“%1”不是数字。未粘贴任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>paste of %n cell(s)</source>
        <translation>
            <numerusform>粘贴 %n 个单元格</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Flagged for follow-up</source>
        <translation>已标记为需跟进</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (%2, %3). Nothing was saved.</source>
        <translation>“%1”不是数字（%2，%3）。未保存任何内容。</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
</context>
<context>
    <name>EquityChart</name>
    <message>
        <source>Pilot, baseline</source>
        <translation>试点，基线</translation>
    </message>
    <message>
        <source>Pilot, endline</source>
        <translation>试点，终线</translation>
    </message>
    <message>
        <source>Comparison, baseline</source>
        <translation>对照，基线</translation>
    </message>
    <message>
        <source>Comparison, endline</source>
        <translation>对照，终线</translation>
    </message>
    <message>
        <source>%1 by equity group</source>
        <translation>%1（按公平分组）</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>公平</translation>
    </message>
    <message>
        <source>No approved data in the baseline or endline window for any equity group yet.</source>
        <translation>各公平分组在基线期或终线期都还没有已审核的数据。</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Arm and window</source>
        <translation>组别和时期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>项目点</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告数</translation>
    </message>
</context>
<context>
    <name>EvidenceBrief</name>
    <message>
        <source>The programme no longer exists.</source>
        <translation>该项目已不存在。</translation>
    </message>
    <message>
        <source>The programme %1 has no assessment %2.</source>
        <translation>项目 %1 没有编号为 %2 的评估。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Name the PDF file to write.</source>
        <translation>请指定要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>The brief can be written in English (en) or Chinese (zh_CN), not &quot;%1&quot;.</source>
        <translation>简报只能用英文（en）或中文（zh_CN）撰写，不能用“%1”。</translation>
    </message>
    <message>
        <source>The font %1 is not installed (Debian package fonts-wqy-microhei); the brief needs it.</source>
        <translation>未安装字体 %1（Debian 软件包 fonts-wqy-microhei），生成简报需要该字体。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 — evidence brief</source>
        <translation>%1——证据简报</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Sheets:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <source>S&amp;ites:</source>
        <translation>项目点(&amp;I)：</translation>
    </message>
    <message>
        <source>F&amp;rom period:</source>
        <translation>起始期间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;To period:</source>
        <translation>结束期间(&amp;T)：</translation>
    </message>
    <message>
        <source>Report status:</source>
        <translation>报告状态：</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>Start the file with a byte order mark (Excel then reads Chinese text correctly)</source>
        <translation>在文件开头写入字节顺序标记（BOM），使 Excel 正确读取中文</translation>
    </message>
    <message>
        <source>All values on one sheet</source>
        <translation>所有数值放在一个工作表</translation>
    </message>
    <message>
        <source>One sheet per indicator</source>
        <translation>每个指标一个工作表</translation>
    </message>
    <message>
        <source>Tick the indicators to export; none ticked exports all of them.</source>
        <translation>勾选要导出的指标；不勾选则导出全部指标。</translation>
    </message>
    <message>
        <source>Tick the sites to export; none ticked exports all of them.</source>
        <translation>勾选要导出的项目点；不勾选则导出全部项目点。</translation>
    </message>
    <message>
        <source>e.g. 202401, 2024Q1 or 2024; empty: from the first</source>
        <translation>例如 202401、2024Q1 或 2024；留空：从第一个期间开始</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Wrote %1 data values to %2.</source>
        <translation>已将 %1 个数据值写入 %2。</translation>
    </message>
    <message>
        <source>DHIS2 &amp;data set:</source>
        <translation>DHIS2 数据集(&amp;D)：</translation>
    </message>
    <message>
        <source>e.g. 202412 or 2024; empty: to the last</source>
        <translation>例如 202412 或 2024；留空：到最后一期</translation>
    </message>
    <message>
        <source>the DHIS2 data set&apos;s uid or code (ADX needs one)</source>
        <translation>DHIS2 数据集的 uid 或代码（ADX 需要）</translation>
    </message>
</context>
<context>
    <name>GroupEffectModel</name>
    <message>
        <source>Sites</source>
        <translation>项目点</translation>
    </message>
    <message>
        <source>Pilot change</source>
        <translation>试点变化</translation>
    </message>
    <message>
        <source>Comparison change</source>
        <translation>对照变化</translation>
    </message>
    <message>
        <source>Difference-in-differences</source>
        <translation>双重差分</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>Degrees of freedom</source>
        <translation>自由度</translation>
    </message>
    <message>
        <source>Pilot sites</source>
        <translation>试点项目点</translation>
    </message>
    <message>
        <source>Comparison sites</source>
        <translation>对照项目点</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部项目点</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
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
    <message>
        <source>Audit chain and audited rows: intact</source>
        <translation>审计链与受审计的数据行：完整</translation>
    </message>
    <message>
        <source>Audit chain head: entry %1, hash %2 (note it: a later check showing an older head means entries were removed from the end)</source>
        <translation>审计链末端：第 %1 条记录，哈希 %2（请记下：若以后检查显示的末端更早，说明末尾的记录被删除了）</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Site</source>
        <translation>项目点</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Category option</source>
        <translation>分类选项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>The file has no column %1 that the mapping names.</source>
        <translation>文件中没有对应方案所指定的列 %1。</translation>
    </message>
    <message>
        <source>Value (or Numerator and Denominator)</source>
        <translation>数值（或分子和分母）</translation>
    </message>
    <message>
        <source>at least one indicator column</source>
        <translation>至少一个指标列</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>请为以下各项选择列：%1。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is chosen for more than one field.</source>
        <translation>列“%1”被指定给了多个字段。</translation>
    </message>
    <message>
        <source>The columns &quot;%1&quot; and &quot;%2&quot; both hold the %3 of indicator %4.</source>
        <translation>列“%1”和“%2”都存放指标 %4 的%3。</translation>
    </message>
</context>
<context>
    <name>ImportMappingStore</name>
    <message>
        <source>Give the mapping a name.</source>
        <translation>请为对应方案命名。</translation>
    </message>
    <message>
        <source>The mapping &quot;%1&quot; could not be saved: %2</source>
        <translation>无法保存对应方案“%1”：%2</translation>
    </message>
    <message>
        <source>The mapping &quot;%1&quot; could not be removed: %2</source>
        <translation>无法删除对应方案“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 是空的：没有表头行。</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>(not an indicator)</source>
        <translation>（不是指标）</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>项目点</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>分类选项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>%1 → not a period</source>
        <translation>%1 → 不是期间</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(recognised from the header)</source>
        <translation>（根据表头识别）</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存对应方案</translation>
    </message>
    <message>
        <source>Name of the mapping:</source>
        <translation>对应方案名称：</translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation>删除对应方案</translation>
    </message>
    <message>
        <source>Delete the saved mapping &quot;%1&quot;?</source>
        <translation>删除已保存的对应方案“%1”？</translation>
    </message>
    <message>
        <source>There is nothing to import: every accepted value is already in the database.</source>
        <translation>没有需要导入的内容：所有通过检查的数值都已在数据库中。</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在检查每一行……</translation>
    </message>
    <message>
        <source>Imported: %1 new values, %2 changed, %3 already there; %4 rejected.</source>
        <translation>已导入：新增数值 %1 个，更改 %2 个，已存在 %3 个；拒绝 %4 个。</translation>
    </message>
    <message>
        <source>%1 rows with %2 values: %3 new, %4 changed, %5 already there, %6 rejected.</source>
        <translation>%1 行，共 %2 个数值：新增 %3，更改 %4，已存在 %5，拒绝 %6。</translation>
    </message>
    <message numerus="yes">
        <source>%n draft report(s) created.</source>
        <translation>
            <numerusform>已创建 %n 份草稿报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows are not imported. Save them, correct them and import them again; what was already imported stays as it is.</source>
        <translation>被拒绝的行不会导入。请保存这些行，改正后重新导入；已导入的内容保持不变。</translation>
    </message>
    <message>
        <source>Press Import to write the %1 new and changed values, or Cancel to write nothing.</source>
        <translation>按“导入”写入 %1 个新增和更改的数值，或按“取消”不写入任何内容。</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-被拒绝</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) saved to %1.</source>
        <translation>
            <numerusform>已将 %n 条被拒绝的行保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入……</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030 (GBK, Chinese Excel)</source>
        <translation>GB18030（GBK，中文版 Excel）</translation>
    </message>
    <message>
        <source>UTF-16 little-endian</source>
        <translation>UTF-16 小端</translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 大端</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>对应各列</translation>
    </message>
    <message>
        <source>Columns are recognised from English or Chinese headers; check them and correct what is wrong.</source>
        <translation>已根据英文或中文表头识别各列；请核对并改正错误之处。</translation>
    </message>
    <message>
        <source>&amp;Saved mapping:</source>
        <translation>已保存的对应方案(&amp;S)：</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Long: one value per row</source>
        <translation>长格式：每行一个数值(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Wide: one column per indicator</source>
        <translation>宽格式：每个指标一列(&amp;W)</translation>
    </message>
    <message>
        <source>In a wide file, each column holding an indicator (or its numerator or denominator):</source>
        <translation>宽格式文件中，存放指标（或其分子、分母）的各列：</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>The first rows as they will be read (periods converted):</source>
        <translation>前几行将被如此读取（期间已转换）：</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written.</source>
        <translation>写入任何内容之前，先检查每一行。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The valid values are written in one step: all of them, or, if stopped, none.</source>
        <translation>有效数值一次性写入：要么全部写入，要么（如中途停止）全不写入。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>The list shows the first %1 of %2 problems; save the rejected rows to see them all.</source>
        <translation>列表显示 %2 个问题中的前 %1 个；保存被拒绝的行即可查看全部。</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;DHIS2 metadata (*.json);;All files (*)</source>
        <translation>电子表格 (*.csv *.txt *.tsv *.xlsx);;DHIS2 元数据 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook (XLSX).</source>
        <translation>请选择 CSV 文件或 Excel 工作簿（XLSX）。</translation>
    </message>
    <message>
        <source>A DHIS2 metadata export (JSON): organisation units become sites, data elements indicators, category option combos category options; DHIS2&apos;s ids are kept as the sites&apos; and indicators&apos; DHIS2 codes.</source>
        <translation>DHIS2 元数据导出文件（JSON）：组织单元成为项目点，数据元成为指标，分类选项组合成为分类选项；DHIS2 的标识符保存为项目点和指标的 DHIS2 代码。</translation>
    </message>
    <message>
        <source>(the first)</source>
        <translation>（第一个）</translation>
    </message>
    <message>
        <source>Read as %1. If the preview shows garbled characters, choose another encoding.</source>
        <translation>按 %1 读取。如预览中出现乱码，请选择其他编码。</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed, %3 already there.</source>
        <translation>已导入：新增 %1，更改 %2，已存在 %3。</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 changed, %4 already there, %5 rejected.</source>
        <translation>%1 行：新增 %2，更改 %3，已存在 %4，拒绝 %5。</translation>
    </message>
    <message>
        <source>Sites and indicators are imported all or nothing: correct the rejected rows and check the file again.</source>
        <translation>项目点和指标要么全部导入，要么全不导入：请改正被拒绝的行，然后重新检查文件。</translation>
    </message>
    <message>
        <source>Press Import to write the %1 new and changed rows, or Cancel to write nothing.</source>
        <translation>按“导入”写入 %1 个新增和更改的行，或按“取消”不写入任何内容。</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (XLSX) of data values, sites or indicators, or a DHIS2 metadata export.</source>
        <translation>包含数据值、项目点或指标的 CSV 文件或 Excel 工作簿（XLSX），或 DHIS2 元数据导出文件。</translation>
    </message>
    <message>
        <source>The file &amp;holds:</source>
        <translation>文件内容(&amp;H)：</translation>
    </message>
    <message>
        <source>Data values</source>
        <translation>数据值</translation>
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
        <source>DHIS2 metadata (JSON)</source>
        <translation>DHIS2 元数据（JSON）</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>工作表(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;New sites are:</source>
        <translation>新项目点为(&amp;N)：</translation>
    </message>
    <message>
        <source>Comparison sites</source>
        <translation>对照项目点</translation>
    </message>
    <message>
        <source>Pilot sites</source>
        <translation>试点项目点</translation>
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
    <name>JudgementDialog</name>
    <message>
        <source>Score a criterion</source>
        <translation>为标准评分</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>评分：</translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation>暂不评分</translation>
    </message>
    <message>
        <source>&amp;Justification (required with a score: what the evidence is and where it comes from):</source>
        <translation>理由(&amp;J)（评分时必填：证据是什么、来自哪里）：</translation>
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
    <message>
        <source>Data entry</source>
        <translation>数据录入</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Visits and costs</source>
        <translation>督导与成本</translation>
    </message>
    <message>
        <source>Rules and checklist</source>
        <translation>规则与核查清单</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Not signed in: %1 was not opened.</source>
        <translation>未登录：未打开 %1。</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>空闲时锁定</translation>
    </message>
    <message>
        <source>Lock the window after this many minutes without use (0: never):</source>
        <translation>无操作多少分钟后锁定窗口（0 表示从不）：</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock when &amp;idle…</source>
        <translation>空闲时锁定(&amp;I)…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Import data values from a CSV file: checked first, then written in one step.</source>
        <translation>从 CSV 文件导入数据值：先检查，再一次性写入。</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Create or choose a programme first.</source>
        <translation>请先创建或选择一个项目。</translation>
    </message>
    <message>
        <source>&amp;Export data…</source>
        <translation>导出数据(&amp;E)…</translation>
    </message>
    <message>
        <source>Write data values to CSV, Excel, DHIS2 or ADX.</source>
        <translation>将数据值写入 CSV、Excel、DHIS2 或 ADX 文件。</translation>
    </message>
    <message>
        <source>The codes a DHIS2 instance knows the sites, indicators and options by.</source>
        <translation>DHIS2 系统用于标识各项目点、指标和分类选项的代码。</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>I&amp;mport data…</source>
        <translation>导入数据(&amp;M)…</translation>
    </message>
    <message>
        <source>D&amp;HIS2 codes…</source>
        <translation>DHIS2 代码(&amp;H)…</translation>
    </message>
    <message>
        <source>Data</source>
        <comment>the data browser page</comment>
        <translation>数据浏览</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>推广准备度</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restored %1 from the copy %2.</source>
        <translation>已从副本 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在从备份恢复…</translation>
    </message>
    <message>
        <source>Only administrators and programme managers can restore a backup.</source>
        <translation>只有管理员和项目经理可以从备份恢复。</translation>
    </message>
    <message>
        <source>A backup is being made just now; try again in a moment.</source>
        <translation>正在进行备份；请稍后再试。</translation>
    </message>
    <message>
        <source>Choose the starter package</source>
        <translation>选择初始包</translation>
    </message>
    <message>
        <source>Sync packages (*.srpk);;All files (*)</source>
        <translation>同步包 (*.srpk);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Name the new database</source>
        <translation>为新数据库命名</translation>
    </message>
    <message>
        <source>ScaleReady databases (*.db)</source>
        <translation>ScaleReady 数据库 (*.db)</translation>
    </message>
    <message>
        <source>Set up a field laptop</source>
        <translation>设置外业电脑</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name: a starter package never replaces a database.</source>
        <translation>%1 已存在。请选择新的名称：初始包不会替换已有的数据库。</translation>
    </message>
    <message>
        <source>Setting up the field database…</source>
        <translation>正在建立外业数据库…</translation>
    </message>
    <message>
        <source>Set up %1 from the starter package %2.</source>
        <translation>已从初始包 %2 建立 %1。</translation>
    </message>
    <message>
        <source>Sync</source>
        <comment>the synchronisation page</comment>
        <translation>同步</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消……</translation>
    </message>
</context>
<context>
    <name>MetadataImport</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>Only programme managers and administrators import sites and indicators: %1</source>
        <translation>只有项目经理和管理员可以导入项目点和指标：%1</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 是空的：没有表头行。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The code is empty.</source>
        <translation>代码为空。</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 不是数字。</translation>
    </message>
    <message>
        <source>%1 is not yes or no: write yes or no, 是 or 否, 1 or 0.</source>
        <translation>%1 不是“是”或“否”：请填写 yes 或 no、是或否、1 或 0。</translation>
    </message>
    <message>
        <source>%1 is not an arm: write pilot or comparison (试点 or 对照).</source>
        <translation>%1 不是组别：请填写试点或对照（pilot 或 comparison）。</translation>
    </message>
    <message>
        <source>%1 is not rural or urban: write rural or urban (农村 or 城市).</source>
        <translation>%1 不是农村或城市：请填写农村或城市（rural 或 urban）。</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 不是整数。</translation>
    </message>
    <message>
        <source>The child population cannot be negative.</source>
        <translation>儿童人口不能为负数。</translation>
    </message>
    <message>
        <source>The latitude %1 is outside −90 to 90 degrees.</source>
        <translation>纬度 %1 超出 −90 至 90 度的范围。</translation>
    </message>
    <message>
        <source>The longitude %1 is outside −180 to 180 degrees.</source>
        <translation>经度 %1 超出 −180 至 180 度的范围。</translation>
    </message>
    <message>
        <source>%1 is not a date or a month.</source>
        <translation>%1 不是日期或月份。</translation>
    </message>
    <message>
        <source>%1 is not a site status: write active, suspended or closed.</source>
        <translation>%1 不是项目点状态：请填写 active、suspended 或 closed（活跃、暂停或关闭）。</translation>
    </message>
    <message>
        <source>%1 is not one of: %2.</source>
        <translation>%1 不是以下之一：%2。</translation>
    </message>
    <message>
        <source>%1 is not a category option of this programme.</source>
        <translation>%1 不是本项目的分类选项。</translation>
    </message>
    <message>
        <source>The code %1 is in more than one row of the file (rows %2).</source>
        <translation>代码 %1 在文件中出现于多行（第 %2 行）。</translation>
    </message>
    <message>
        <source>DHIS2 metadata (JSON)</source>
        <translation>DHIS2 元数据（JSON）</translation>
    </message>
    <message>
        <source>Organisation unit %1 has no id.</source>
        <translation>组织机构 %1 没有 id。</translation>
    </message>
    <message>
        <source>Organisation unit %1: %2</source>
        <translation>组织机构 %1：%2</translation>
    </message>
    <message>
        <source>The code %1 belongs to more than one organisation unit.</source>
        <translation>代码 %1 属于多个组织机构。</translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>Data element %1 has no id.</source>
        <translation>数据元 %1 没有 id。</translation>
    </message>
    <message>
        <source>Data element %1: %2</source>
        <translation>数据元 %1：%2</translation>
    </message>
    <message>
        <source>The code %1 belongs to more than one data element.</source>
        <translation>代码 %1 属于多个数据元。</translation>
    </message>
    <message>
        <source>Check the file before importing it.</source>
        <translation>请先检查文件再导入。</translation>
    </message>
    <message>
        <source>This file was already imported; check it again to import it once more.</source>
        <translation>此文件已经导入；如需再次导入，请重新检查。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) of the file were rejected. Correct them and import the whole file again.</source>
        <translation>
            <numerusform>未导入任何内容：文件中有 %n 行被拒绝。请更正后重新导入整个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed since it was checked; check it again.</source>
        <translation>%1 在检查之后已被修改；请重新检查。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The DHIS2 id %1 could not be recorded: %2</source>
        <translation>无法记录 DHIS2 id %1：%2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>MetadataMapping</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Province (English)</source>
        <translation>省（英文）</translation>
    </message>
    <message>
        <source>Province (Chinese)</source>
        <translation>省（中文）</translation>
    </message>
    <message>
        <source>Prefecture (English)</source>
        <translation>地市（英文）</translation>
    </message>
    <message>
        <source>Prefecture (Chinese)</source>
        <translation>地市（中文）</translation>
    </message>
    <message>
        <source>County (English)</source>
        <translation>县（英文）</translation>
    </message>
    <message>
        <source>County (Chinese)</source>
        <translation>县（中文）</translation>
    </message>
    <message>
        <source>Township (English)</source>
        <translation>乡镇（英文）</translation>
    </message>
    <message>
        <source>Township (Chinese)</source>
        <translation>乡镇（中文）</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>Rural or urban</source>
        <translation>农村或城市</translation>
    </message>
    <message>
        <source>Ethnic minority area</source>
        <translation>少数民族地区</translation>
    </message>
    <message>
        <source>Poverty county</source>
        <translation>脱贫县</translation>
    </message>
    <message>
        <source>Child population</source>
        <translation>儿童人口</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Intervention start</source>
        <translation>干预开始日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Definition (English)</source>
        <translation>定义（英文）</translation>
    </message>
    <message>
        <source>Definition (Chinese)</source>
        <translation>定义（中文）</translation>
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
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>报告频率</translation>
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
        <source>Target kind</source>
        <translation>目标值计算方式</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Category options</source>
        <translation>分类选项</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is chosen for more than one field.</source>
        <translation>列“%1”被选给了多个字段。</translation>
    </message>
    <message>
        <source>The file has no column %1 that the mapping names.</source>
        <translation>文件中没有映射所指定的列 %1。</translation>
    </message>
    <message>
        <source>Choose the column that holds the code: no header of the file is recognised as one.</source>
        <translation>请选择存放代码的列：文件的表头中没有可识别为代码的列。</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>Visits</source>
        <translation>督导访视</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>未完成的整改事项</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>项目点：</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>新建访视</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>删除访视</translation>
    </message>
    <message>
        <source>Date of the visit:</source>
        <translation>访视日期：</translation>
    </message>
    <message>
        <source>Component of the model</source>
        <translation>模式组成部分</translation>
    </message>
    <message>
        <source>Score (0–3)</source>
        <translation>评分（0–3）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>What the visit found:</source>
        <translation>访视发现：</translation>
    </message>
    <message>
        <source>Action items:</source>
        <translation>整改事项：</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责方</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>添加整改事项</translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation>保存访视</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Programme spending (yuan):</source>
        <translation>项目支出（元）：</translation>
    </message>
    <message>
        <source>Government contribution (yuan):</source>
        <translation>政府投入（元）：</translation>
    </message>
    <message>
        <source>Beneficiaries reached:</source>
        <translation>受益人数：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <source>Save costs</source>
        <translation>保存成本</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 · %2 · fidelity %3</source>
        <translation>%1 · %2 · 执行忠实度 %3</translation>
    </message>
    <message>
        <source>Fidelity: %1</source>
        <translation>执行忠实度：%1</translation>
    </message>
    <message>
        <source>Action item %1: %2</source>
        <translation>整改事项 %1：%2</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>项目点</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>督导访视</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Programme spending</source>
        <translation>项目支出</translation>
    </message>
    <message>
        <source>Government contribution</source>
        <translation>政府投入</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>受益人数</translation>
    </message>
    <message>
        <source>Cost per beneficiary</source>
        <translation>人均成本</translation>
    </message>
    <message>
        <source>Government share</source>
        <translation>政府投入占比</translation>
    </message>
    <message>
        <source>The programme spending &quot;%1&quot; is not a number.</source>
        <translation>项目支出“%1”不是数字。</translation>
    </message>
    <message>
        <source>The government contribution &quot;%1&quot; is not a number.</source>
        <translation>政府投入“%1”不是数字。</translation>
    </message>
    <message>
        <source>%1: %2 yuan per beneficiary, government share %3</source>
        <translation>%1年：人均 %2 元，政府投入占 %3</translation>
    </message>
    <message>
        <source>No costs recorded yet.</source>
        <translation>尚未录入成本。</translation>
    </message>
    <message>
        <source>All sites — %1</source>
        <translation>所有项目点——%1</translation>
    </message>
    <message>
        <source>No visits recorded for this site yet. Use “New visit” to record one.</source>
        <translation>此项目点尚无访视记录。请用“新建访视”记录一次访视。</translation>
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
    <name>OfficerPackageDialog</name>
    <message>
        <source>Set up a field laptop</source>
        <translation>设置外业电脑</translation>
    </message>
    <message>
        <source>A starter package sets up a field officer&apos;s laptop: it holds the programme with its sites, indicators and accounts, and the data of the officer&apos;s sites.

Copy the file to the officer&apos;s laptop (a USB stick or e-mail). There, on ScaleReady&apos;s welcome screen, the officer chooses &quot;Set up a field laptop from a starter package…&quot;, picks the file and a name for the new database, and signs in with their own account. Afterwards the officer and you exchange packages on the Sync page.</source>
        <translation>初始包用于设置基层工作人员的外业电脑：其中包含项目及其项目点、指标和账户，以及该基层工作人员负责的项目点的数据。

请将该文件复制到基层工作人员的电脑上（U 盘或电子邮件）。在那里，基层工作人员在 ScaleReady 的欢迎界面选择“从初始包设置外业电脑…”，选中该文件并为新数据库命名，然后用自己的账户登录。之后，您和基层工作人员在“同步”页面交换同步包。</translation>
    </message>
    <message>
        <source>Export a sync package</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <source>Choose the field officer the package is for. It holds every change their laptop has not confirmed receiving yet: approvals, returns, reopenings, the programme&apos;s set-up and the data of their sites.</source>
        <translation>请选择同步包发往的基层工作人员。其中包含其电脑尚未确认收到的所有更改：批准、退回、重新开放、项目设置以及其项目点的数据。</translation>
    </message>
    <message>
        <source>Field &amp;officer:</source>
        <translation>基层工作人员(&amp;O)：</translation>
    </message>
    <message>
        <source>New &amp;starter package (lost or new laptop)</source>
        <translation>新的初始包（电脑丢失或换新）(&amp;S)</translation>
    </message>
</context>
<context>
    <name>PackageFile</name>
    <message>
        <source>The package %1 could not be written: %2</source>
        <translation>无法写入同步包 %1：%2</translation>
    </message>
    <message>
        <source>The package %1 does not exist.</source>
        <translation>同步包 %1 不存在。</translation>
    </message>
    <message>
        <source>The package %1 is damaged or incomplete (cut short while copying?); nothing was applied. Ask for it again.</source>
        <translation>同步包 %1 已损坏或不完整（复制时被截断？）；未应用任何内容。请重新索取。</translation>
    </message>
    <message>
        <source>%1 is not a ScaleReady sync package.</source>
        <translation>%1 不是 ScaleReady 同步包。</translation>
    </message>
    <message>
        <source>The package %1 was made by a newer version of ScaleReady; update ScaleReady to read it.</source>
        <translation>同步包 %1 由更新版本的 ScaleReady 生成；请更新 ScaleReady 后再读取。</translation>
    </message>
    <message>
        <source>The package %1 was changed after it was made (its checksum does not match); nothing was applied.</source>
        <translation>同步包 %1 在生成后被修改过（校验和不符）；未应用任何内容。</translation>
    </message>
    <message>
        <source>The package %1 comes from a newer version of ScaleReady (database version %2, this one reads up to %3); update ScaleReady to apply it.</source>
        <translation>同步包 %1 来自更新版本的 ScaleReady（数据库版本 %2，本版本最高只能读取 %3）；请更新 ScaleReady 后再应用。</translation>
    </message>
    <message>
        <source>The package %1 was made for another database (%2), not this one; nothing was applied.</source>
        <translation>同步包 %1 是为另一个数据库（%2）生成的，而不是本数据库；未应用任何内容。</translation>
    </message>
    <message>
        <source>The package %1 belongs to another programme; nothing was applied.</source>
        <translation>同步包 %1 属于另一个项目；未应用任何内容。</translation>
    </message>
    <message>
        <source>The package %1 is a starter package for setting up a new field database; it cannot be applied to an existing one. Use &quot;Set up a field laptop from a starter package&quot;.</source>
        <translation>同步包 %1 是用于设置新外业数据库的初始包，不能应用到已有的数据库。请使用“用初始包设置外业电脑”。</translation>
    </message>
    <message>
        <source>The package %1 is not a starter package; import it into the database it was made for.</source>
        <translation>同步包 %1 不是初始包；请将其导入到它所发往的数据库。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message numerus="yes">
        <source>The new account starts as a viewer; choose its role and sites in the editor afterwards. Passwords need at least %n character(s).</source>
        <translation>
            <numerusform>新账户初始角色为查看者；之后请在编辑区选择其角色和项目点。密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message numerus="yes">
        <source>A new password for %1. Passwords need at least %n character(s).</source>
        <translation>
            <numerusform>为 %1 设置新密码。密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message numerus="yes">
        <source>Type your current password, then the new one twice. Passwords need at least %n character(s).</source>
        <translation>
            <numerusform>请输入当前密码，再输入两次新密码。密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>letters and digits, no spaces</source>
        <translation>字母和数字，不含空格</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password in both fields.</source>
        <translation>两次输入的密码不一致：请在两个输入框中输入相同的密码。</translation>
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
    <name>PeriodText</name>
    <message>
        <source>The period is empty.</source>
        <translation>期间为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period: write it as 2024-03, 2024/3, 2024年3月, 2024-Q1, 2024 or a date.</source>
        <translation>“%1”不是期间：请写成 2024-03、2024/3、2024年3月、2024-Q1、2024 或日期。</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; has a year outside %2–%3.</source>
        <translation>期间“%1”的年份不在 %2–%3 之内。</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; has no month %2.</source>
        <translation>期间“%1”没有第 %2 月。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid period.</source>
        <translation>“%1”不是有效的期间。</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>annually</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>&quot;%1&quot; covers more than one reporting period of an indicator reported %2; it cannot be split.</source>
        <translation>“%1”涵盖了%2报告的指标的多个报告期，无法拆分。</translation>
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
    <message>
        <source>Only a programme manager may approve, return or reopen reports; %1 is a %2.</source>
        <translation>只有项目经理可以批准、退回或重新开放报告；%1 是%2。</translation>
    </message>
    <message>
        <source>%1 (%2) may not enter data for site %3.</source>
        <translation>%1（%2）无权为项目点 %3 录入数据。</translation>
    </message>
</context>
<context>
    <name>PlaceModel</name>
    <message>
        <source>Sites</source>
        <translation>项目点</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告数</translation>
    </message>
    <message>
        <source>Baseline window</source>
        <translation>基线期</translation>
    </message>
    <message>
        <source>Endline window</source>
        <translation>终线期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
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
    <message>
        <source>Never closes</source>
        <translation>永不关闭</translation>
    </message>
    <message>
        <source>&amp;Baseline window:</source>
        <translation>基线期(&amp;B)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>YYYYMM</source>
        <translation>年月</translation>
    </message>
    <message>
        <source>Months of the window for pilot vs comparison (e.g. 202401 to 202406); leave both empty for the default: the 6 months before the first pilot site starts, and the last 6 months with data</source>
        <translation>用于试点与对照比较的时期（月份，例如 202401 至 202406）；两项都留空则使用默认值：第一个试点项目点开始前的 6 个月，以及有数据的最后 6 个月</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: write the window&apos;s months as 202401.</source>
        <translation>“%1”不是月份：时期的月份请写成 202401 这样的形式。</translation>
    </message>
    <message>
        <source>En&amp;dline window:</source>
        <translation>终线期(&amp;D)：</translation>
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
    <message>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>endline</source>
        <translation>终线</translation>
    </message>
    <message>
        <source>The %1 window of programme %2 needs both its first and its last month, or neither for the default.</source>
        <translation>项目 %2 的%1期需要同时给出起止月份，或都不填以使用默认值。</translation>
    </message>
    <message>
        <source>The %1 window of programme %2 is set in months; %3 is not a month.</source>
        <translation>项目 %2 的%1期以月份设定；%3 不是月份。</translation>
    </message>
    <message>
        <source>The %1 window of programme %2 ends (%3) before it starts (%4).</source>
        <translation>项目 %2 的%1期结束（%3）早于开始（%4）。</translation>
    </message>
    <message>
        <source>The endline window of programme %1 starts (%2) before its baseline window ends (%3).</source>
        <translation>项目 %1 的终线期开始（%2）早于基线期结束（%3）。</translation>
    </message>
</context>
<context>
    <name>QualityIssueModel</name>
    <message>
        <source>Site code</source>
        <translation>项目点代码</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>项目点</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Modified z-score</source>
        <translation>修正 z 分数</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>No assessment to show yet.</source>
        <translation>暂无可显示的评估。</translation>
    </message>
    <message>
        <source>Readiness by domain (1–4)</source>
        <translation>各领域准备度（1–4）</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>无评分</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <source>Sites</source>
        <translation>项目点</translation>
    </message>
    <message>
        <source>%1: latest value by site</source>
        <translation>%1：各项目点最新值</translation>
    </message>
    <message>
        <source>%1: change from baseline to endline by site</source>
        <translation>%1：各项目点从基线到终线的变化</translation>
    </message>
    <message>
        <source>No site has approved data for these periods yet.</source>
        <translation>这些期间还没有项目点有已审核的数据。</translation>
    </message>
    <message>
        <source>No site has values in both the baseline and the endline window yet.</source>
        <translation>还没有项目点在基线期和终线期都有数值。</translation>
    </message>
    <message>
        <source>Latest (%1): %2</source>
        <translation>最新（%1）：%2</translation>
    </message>
    <message>
        <source>Baseline window %1, endline window %2, change %3</source>
        <translation>基线期 %1，终线期 %2，变化 %3</translation>
    </message>
    <message>
        <source>Target %1: %2</source>
        <translation>目标 %1：%2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达到</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>Click to open the site</source>
        <translation>点击打开该项目点</translation>
    </message>
    <message>
        <source>Change (%1)</source>
        <translation>变化（%1）</translation>
    </message>
    <message>
        <source>the best and the worst %1 of %2 sites</source>
        <translation>%2 个项目点中最好和最差的各 %1 个</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>项目点代码</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>项目点</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>Latest period</source>
        <translation>最新期间</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Baseline window</source>
        <translation>基线期</translation>
    </message>
    <message>
        <source>Endline window</source>
        <translation>终线期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>达到目标</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>The problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The intervention</source>
        <translation>干预措施</translation>
    </message>
    <message>
        <source>Strategic and political context</source>
        <translation>战略与政治环境</translation>
    </message>
    <message>
        <source>Evidence of effectiveness</source>
        <translation>有效性证据</translation>
    </message>
    <message>
        <source>Costs and benefits</source>
        <translation>成本与效益</translation>
    </message>
    <message>
        <source>Fidelity and adaptation</source>
        <translation>忠实度与调整</translation>
    </message>
    <message>
        <source>Reach and acceptability</source>
        <translation>覆盖与可接受性</translation>
    </message>
    <message>
        <source>Delivery setting and workforce</source>
        <translation>实施环境与人员</translation>
    </message>
    <message>
        <source>Implementation infrastructure</source>
        <translation>实施基础设施</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>可持续性</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>干预措施</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>有效性</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation>忠实度</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Workforce</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>基础设施</translation>
    </message>
    <message>
        <source>Judged by a manager</source>
        <translation>由项目经理评判</translation>
    </message>
    <message>
        <source>Effect estimates (DiD)</source>
        <translation>效果估计（双重差分）</translation>
    </message>
    <message>
        <source>Equity comparisons</source>
        <translation>公平性比较</translation>
    </message>
    <message>
        <source>Coverage in pilot sites</source>
        <translation>试点项目点覆盖率</translation>
    </message>
    <message>
        <source>Fidelity checklist scores</source>
        <translation>忠实度清单得分</translation>
    </message>
    <message>
        <source>Cost per beneficiary</source>
        <translation>人均受益成本</translation>
    </message>
    <message>
        <source>Government co-financing share</source>
        <translation>政府共同出资比例</translation>
    </message>
    <message>
        <source>Report completeness</source>
        <translation>报告完整性</translation>
    </message>
    <message>
        <source>Report timeliness</source>
        <translation>报告及时性</translation>
    </message>
    <message>
        <source>Ready for scale-up</source>
        <translation>已准备好推广</translation>
    </message>
    <message>
        <source>Ready with conditions</source>
        <translation>有条件地准备好推广</translation>
    </message>
    <message>
        <source>Not yet ready</source>
        <translation>尚未准备好推广</translation>
    </message>
    <message>
        <source>The criterion has no complete set of thresholds.</source>
        <translation>该标准的阈值不完整。</translation>
    </message>
    <message>
        <source>None of the criterion&apos;s indicators exists or suits this measure (coverage needs percentage indicators chosen in the criteria).</source>
        <translation>该标准的指标均不存在或不适用于此衡量（覆盖率须在标准中选择百分比指标）。</translation>
    </message>
    <message>
        <source>Fewer than half of the indicators have an effect estimate (at least two pilot and two comparison sites with baseline and endline values).</source>
        <translation>有效果估计的指标不到一半（需至少两个试点和两个对照项目点同时有基线期和终线期数值）。</translation>
    </message>
    <message>
        <source>The indicators&apos; reports are less than 60% complete, too thin to judge.</source>
        <translation>这些指标的报告完整性不足 60%，数据太少，无法判断。</translation>
    </message>
    <message>
        <source>No equity comparison can be made (no gap change or group effect has data).</source>
        <translation>无法进行公平性比较（差距变化和分组效果都没有数据）。</translation>
    </message>
    <message>
        <source>No coverage indicator has an approved value in pilot sites.</source>
        <translation>没有覆盖率指标在试点项目点有已审核的数值。</translation>
    </message>
    <message>
        <source>No costs are recorded for pilot sites.</source>
        <translation>试点项目点没有成本记录。</translation>
    </message>
    <message>
        <source>The latest costs record no beneficiaries.</source>
        <translation>最近的成本记录没有受益人数。</translation>
    </message>
    <message>
        <source>Fewer than three scored monitoring visits to pilot sites in the last twelve months.</source>
        <translation>过去十二个月对试点项目点的已评分监测访视少于三次。</translation>
    </message>
    <message>
        <source>Fewer than half of the active pilot sites had a scored visit in the last twelve months.</source>
        <translation>过去十二个月有已评分访视的在册试点项目点不到一半。</translation>
    </message>
    <message>
        <source>No reports are expected yet for the indicators.</source>
        <translation>这些指标尚无应报报告。</translation>
    </message>
    <message>
        <source>No report has been received for the indicators.</source>
        <translation>这些指标尚未收到任何报告。</translation>
    </message>
    <message>
        <source>Not yet scored by a manager.</source>
        <translation>项目经理尚未评分。</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message numerus="yes">
        <source>All %n criteria score 3 or more.</source>
        <translation>
            <numerusform>全部 %n 项标准得分均在 3 分或以上。</numerusform>
        </translation>
    </message>
    <message>
        <source>The programme has no active readiness criteria.</source>
        <translation>该项目没有启用的推广准备度标准。</translation>
    </message>
    <message>
        <source>Critical criterion &quot;%1&quot; scores %2; it needs 3 or more.</source>
        <translation>关键标准“%1”得 %2 分；需要 3 分或以上。</translation>
    </message>
    <message>
        <source>Critical criterion &quot;%1&quot; has no score: %2</source>
        <translation>关键标准“%1”没有评分：%2</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; averages %2, below 2.</source>
        <translation>领域“%1”平均 %2 分，低于 2 分。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; scores %2; strengthen it before or during scale-up.</source>
        <translation>“%1”得 %2 分；应在推广前或推广中加强。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria have no score yet; see the missing evidence.</source>
        <translation>
            <numerusform>%n 项标准尚无评分；见“缺少的证据”。</numerusform>
        </translation>
    </message>
    <message>
        <source>4 – strong</source>
        <translation>4 – 强</translation>
    </message>
    <message>
        <source>3 – adequate</source>
        <translation>3 – 充分</translation>
    </message>
    <message>
        <source>2 – weak</source>
        <translation>2 – 弱</translation>
    </message>
    <message>
        <source>1 – poor</source>
        <translation>1 – 差</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>4 at %1 or more, 3 at %2 or more, 2 at %3 or more, else 1</source>
        <translation>达到 %1 或以上得 4 分，%2 或以上得 3 分，%3 或以上得 2 分，否则得 1 分</translation>
    </message>
    <message>
        <source>4 at %1 or less, 3 at %2 or less, 2 at %3 or less, else 1</source>
        <translation>不超过 %1 得 4 分，不超过 %2 得 3 分，不超过 %3 得 2 分，否则得 1 分</translation>
    </message>
    <message>
        <source>costs of %1</source>
        <translation>%1 年成本</translation>
    </message>
    <message>
        <source>Criterion %1: a computed criterion needs all three thresholds (strong, adequate, weak).</source>
        <translation>标准 %1：计算型标准需要全部三个阈值（强、充分、弱）。</translation>
    </message>
    <message>
        <source>Criterion %1: thresholds are percentages between 0 and 100.</source>
        <translation>标准 %1：阈值是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>Criterion %1: thresholds cannot be negative.</source>
        <translation>标准 %1：阈值不能为负数。</translation>
    </message>
    <message>
        <source>Criterion %1: thresholds must go down from strong to adequate to weak.</source>
        <translation>标准 %1：阈值必须按强、充分、弱依次递减。</translation>
    </message>
    <message>
        <source>Criterion %1: a lower cost is better, so thresholds must go up from strong to adequate to weak.</source>
        <translation>标准 %1：成本越低越好，因此阈值必须按强、充分、弱依次递增。</translation>
    </message>
    <message>
        <source>The assessment&apos;s stored snapshot is damaged and cannot be read.</source>
        <translation>该评估保存的快照已损坏，无法读取。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln indicator(s) with an effect estimate</source>
        <translation>
            <numerusform>%Ln 项指标有效果估计</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln equity comparison(s)</source>
        <translation>
            <numerusform>%Ln 项公平性比较</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coverage indicator(s)</source>
        <translation>
            <numerusform>%Ln 项覆盖率指标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scored visit(s) in twelve months</source>
        <translation>
            <numerusform>十二个月内 %Ln 次已评分访视</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln beneficiaries</source>
        <translation>
            <numerusform>%Ln 名受益人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expected report(s)</source>
        <translation>
            <numerusform>%Ln 份应报报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) received</source>
        <translation>
            <numerusform>已收到 %Ln 份报告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <source>%1 (critical)</source>
        <translation>%1（关键）</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>无评分</translation>
    </message>
    <message>
        <source>Thresholds: %1</source>
        <translation>阈值：%1</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Justification or gap</source>
        <translation>理由或缺口</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <source>%1 — signed off %2 by %3: %4</source>
        <translation>%1 — %2 由 %3 签署：%4</translation>
    </message>
    <message>
        <source>%1 — draft</source>
        <translation>%1 — 草稿</translation>
    </message>
    <message>
        <source>Evidence preview (no assessment)</source>
        <translation>证据预览（无评估）</translation>
    </message>
    <message>
        <source>Computing the evidence (effects, equity, coverage, fidelity, costs, data quality)…</source>
        <translation>正在计算证据（效果、公平、覆盖、忠实度、成本、数据质量）…</translation>
    </message>
    <message>
        <source>Select a criterion to see what it asks and how it is scored.</source>
        <translation>选择一项标准，查看其要求和评分方法。</translation>
    </message>
    <message>
        <source>Scored %1.</source>
        <translation>评分方法：%1。</translation>
    </message>
    <message>
        <source>Press Enter or double-click to score it.</source>
        <translation>按回车键或双击为其评分。</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>评估(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>新建评估(&amp;N)…</translation>
    </message>
    <message>
        <source>S&amp;core…</source>
        <translation>评分(&amp;C)…</translation>
    </message>
    <message>
        <source>Sign &amp;off…</source>
        <translation>签署(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>删除草稿(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;riteria…</source>
        <translation>标准(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;riteria</source>
        <translation>标准(&amp;R)</translation>
    </message>
    <message>
        <source>Com&amp;pare…</source>
        <translation>比较(&amp;P)…</translation>
    </message>
    <message>
        <source>Evidence &amp;brief…</source>
        <translation>证据简报(&amp;B)…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Missing evidence</source>
        <translation>缺少的证据</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2. This assessment is frozen: it shows the evidence as it was then, whatever changed since.</source>
        <translation>已由 %1 于 %2 签署。本评估已冻结：显示的是当时的证据，不受此后任何变化影响。</translation>
    </message>
    <message>
        <source>Draft: evidence computed %1 from approved data. Score the judged criteria, then sign off to freeze it.</source>
        <translation>草稿：证据于 %1 根据已审核数据计算。请为评判型标准评分，然后签署以冻结评估。</translation>
    </message>
    <message>
        <source>Draft: evidence computed %1 from approved data.</source>
        <translation>草稿：证据于 %1 根据已审核数据计算。</translation>
    </message>
    <message>
        <source>A preview of the evidence. Start a new assessment to score the judged criteria and sign it off.</source>
        <translation>证据预览。新建评估后可为评判型标准评分并签署。</translation>
    </message>
    <message>
        <source>A preview of the evidence; no assessment has been started.</source>
        <translation>证据预览；尚未开始任何评估。</translation>
    </message>
    <message>
        <source>None: every criterion has a score.</source>
        <translation>无：每项标准都有评分。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>Start an assessment before scoring criteria.</source>
        <translation>请先新建评估，再为标准评分。</translation>
    </message>
    <message>
        <source>There is no draft assessment with its evidence to sign off.</source>
        <translation>没有带证据的评估草稿可供签署。</translation>
    </message>
    <message>
        <source>Assessment of %1</source>
        <translation>%1 的评估</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <source>&amp;Title of the assessment:</source>
        <translation>评估标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Sign off &quot;%1&quot; with the verdict &quot;%2&quot;?

The assessment, its scores and the evidence as computed now are frozen and can never be changed; later data changes need a new assessment.</source>
        <translation>以结论“%2”签署“%1”吗？

评估、评分以及此刻计算的证据将被冻结，以后无法更改；此后的数据变化需要新建评估。</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Delete the draft assessment &quot;%1&quot; and its scores?</source>
        <translation>删除评估草稿“%1”及其评分吗？</translation>
    </message>
    <message>
        <source>Gathering the evidence for the brief…</source>
        <translation>正在收集简报所需的证据…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Writing the brief…</source>
        <translation>正在写入简报…</translation>
    </message>
    <message>
        <source>Evidence brief</source>
        <translation>证据简报</translation>
    </message>
    <message>
        <source>&amp;Language of the brief:</source>
        <translation>简报语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Save the evidence brief</source>
        <translation>保存证据简报</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The evidence brief was written to %1.</source>
        <translation>证据简报已写入 %1。</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>The data changed since the evidence was computed; the evidence is computed again. Look at it, then sign off.</source>
        <translation>计算证据之后数据发生了变化；正在重新计算证据。请查看后再签署。</translation>
    </message>
</context>
<context>
    <name>ReadinessRepository</name>
    <message>
        <source>Could not save the assessment&apos;s scores: %1</source>
        <translation>无法保存评估的评分：%1</translation>
    </message>
</context>
<context>
    <name>ReadinessService</name>
    <message>
        <source>Every criterion needs a code.</source>
        <translation>每项标准都需要代码。</translation>
    </message>
    <message>
        <source>Criterion %1 needs a name in English or Chinese.</source>
        <translation>标准 %1 需要英文或中文名称。</translation>
    </message>
    <message>
        <source>Criterion %1: only criteria computed from indicators list indicator codes.</source>
        <translation>标准 %1：只有根据指标计算的标准才能列出指标代码。</translation>
    </message>
    <message>
        <source>Criterion %1: the programme has no indicator with the code %2.</source>
        <translation>标准 %1：项目中没有代码为 %2 的指标。</translation>
    </message>
    <message>
        <source>The programme no longer exists.</source>
        <translation>该项目已不存在。</translation>
    </message>
    <message>
        <source>The code %1 is used by two criteria; codes must differ.</source>
        <translation>代码 %1 被两项标准使用；代码不能重复。</translation>
    </message>
    <message>
        <source>The criterion no longer exists.</source>
        <translation>该标准已不存在。</translation>
    </message>
    <message>
        <source>Criterion %1 was removed elsewhere; reload the criteria.</source>
        <translation>标准 %1 已在别处被删除；请重新载入标准。</translation>
    </message>
    <message>
        <source>Criterion %1: %2</source>
        <translation>标准 %1：%2</translation>
    </message>
    <message>
        <source>Assessment of %1</source>
        <translation>%1 的评估</translation>
    </message>
    <message>
        <source>The assessment no longer exists.</source>
        <translation>该评估已不存在。</translation>
    </message>
    <message>
        <source>The assessment &quot;%1&quot; was signed off on %2 and can no longer change; start a new assessment.</source>
        <translation>评估“%1”已于 %2 签署，不能再修改；请新建评估。</translation>
    </message>
    <message>
        <source>The assessment &quot;%1&quot; was changed elsewhere; it has been reloaded.</source>
        <translation>评估“%1”已在别处被修改；已重新载入。</translation>
    </message>
    <message>
        <source>An assessment needs a title.</source>
        <translation>评估需要标题。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is computed from the data; only judged criteria take a score.</source>
        <translation>“%1”根据数据计算；只有评判型标准才能评分。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a score is 1, 2, 3 or 4.</source>
        <translation>“%1”：评分只能是 1、2、3 或 4。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: say why it scores %2; a score needs a justification.</source>
        <translation>“%1”：请说明为何得 %2 分；评分需要理由。</translation>
    </message>
    <message>
        <source>Score every judged criterion before signing off. Not yet scored: %1.</source>
        <translation>签署前请为每项评判型标准评分。尚未评分：%1。</translation>
    </message>
    <message>
        <source>The assessment &quot;%1&quot; is a draft and has no snapshot.</source>
        <translation>评估“%1”是草稿，没有快照。</translation>
    </message>
    <message>
        <source>The assessment&apos;s stored snapshot is damaged and cannot be read.</source>
        <translation>该评估保存的快照已损坏，无法读取。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Keep at least one criterion: make criteria inactive rather than removing them all.</source>
        <translation>请至少保留一项标准：可以停用标准，而不要全部删除。</translation>
    </message>
    <message>
        <source>Criteria exchange their codes (%1 among them); give one of them a new code first and save, then change the codes.</source>
        <translation>有标准互换了代码（其中包括 %1）；请先给其中一项改用新代码并保存，然后再修改代码。</translation>
    </message>
    <message>
        <source>The data changed since the evidence was computed; the evidence is computed again. Look at it, then sign off.</source>
        <translation>计算证据之后数据发生了变化；正在重新计算证据。请查看后再签署。</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>The site no longer exists.</source>
        <translation>该项目点已不存在。</translation>
    </message>
    <message>
        <source>%1: the period is not valid.</source>
        <translation>%1：期间无效。</translation>
    </message>
    <message>
        <source>%1 has not started yet: future periods are closed for entry.</source>
        <translation>%1 尚未开始：未来期间不能录入。</translation>
    </message>
    <message>
        <source>%1 is submitted and waits for review; a programme manager can return it for changes.</source>
        <translation>%1 已提交，等待审核；项目经理可将其退回修改。</translation>
    </message>
    <message>
        <source>%1 is approved and locked; a programme manager can reopen it.</source>
        <translation>%1 已批准并锁定；项目经理可将其重新开放。</translation>
    </message>
    <message>
        <source>%1 closed for entry %2 days after the period ended; a programme manager can reopen it.</source>
        <translation>%1 在期间结束 %2 天后已关闭录入；项目经理可将其重新开放。</translation>
    </message>
    <message>
        <source>%1 has no data to submit yet.</source>
        <translation>%1 还没有可提交的数据。</translation>
    </message>
    <message>
        <source>%1 cannot be approved: only a submitted report can (it is %2).</source>
        <translation>%1 不能批准：只有已提交的报告才能批准（当前为%2）。</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺报</translation>
    </message>
    <message>
        <source>Say why %1 is returned, so that the field officer knows what to correct.</source>
        <translation>请说明退回 %1 的原因，以便基层工作人员知道需要更正什么。</translation>
    </message>
    <message>
        <source>%1 cannot be returned: only a submitted report can (it is %2).</source>
        <translation>%1 不能退回：只有已提交的报告才能退回（当前为%2）。</translation>
    </message>
    <message>
        <source>Say why %1 is reopened.</source>
        <translation>请说明重新开放 %1 的原因。</translation>
    </message>
    <message>
        <source>%1 is submitted: approve it or return it instead of reopening it.</source>
        <translation>%1 已提交：请批准或退回，而不是重新开放。</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be submitted while %n problem(s) remain: %2</source>
        <translation>
            <numerusform>%1 还有 %n 个问题，不能提交：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Return for correction</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>What should the field officer correct?</source>
        <translation>基层工作人员需要更正什么？</translation>
    </message>
    <message>
        <source>Reopen approved data</source>
        <translation>重新开放已批准的数据</translation>
    </message>
    <message>
        <source>Why is the data reopened?</source>
        <translation>为什么重新开放这些数据？</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>项目点：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>e.g. 202403</source>
        <translation>例如 202403</translation>
    </message>
    <message>
        <source>Submitted by:</source>
        <translation>提交人：</translation>
    </message>
    <message>
        <source>Open the form</source>
        <translation>打开报表</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Approve the selected reports; their data is then locked</source>
        <translation>批准所选报告；批准后数据将被锁定</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新开放…</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>所有项目点</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>季报</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>年报</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>项目点</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提交人</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值个数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; is not valid: %2</source>
        <translation>期间“%1”无效：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺报</translation>
    </message>
    <message>
        <source>– missing · ✎ draft (yellow) · ● submitted (blue) · ✓ approved (green) · ↩ returned (red). Double-click a cell to open its form.</source>
        <translation>– 缺报 · ✎ 草稿（黄色）· ● 已提交（蓝色）· ✓ 已批准（绿色）· ↩ 已退回（红色）。双击单元格可打开对应报表。</translation>
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
    <name>RuleExpression</name>
    <message>
        <source>The expression is empty.</source>
        <translation>表达式为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read at position %2: use indicator codes (CODE, CODE.num, CODE.den) and numbers joined by + and -.</source>
        <translation>无法解析“%1”的第 %2 个字符处：请使用以 + 和 - 连接的指标代码（CODE、CODE.num、CODE.den）和数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs + or - between its terms (position %2).</source>
        <translation>“%1”的各项之间需要 + 或 -（第 %2 个字符处）。</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Validation rules</source>
        <translation>校验规则</translation>
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
        <source>&amp;Left side:</source>
        <translation>左侧(&amp;L)：</translation>
    </message>
    <message>
        <source>e.g. FULLIMM.den</source>
        <translation>例如 FULLIMM.den</translation>
    </message>
    <message>
        <source>&amp;Must be:</source>
        <translation>应当(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Right side:</source>
        <translation>右侧(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. NUTSUPP.den</source>
        <translation>例如 NUTSUPP.den</translation>
    </message>
    <message>
        <source>&amp;Importance:</source>
        <translation>重要性(&amp;I)：</translation>
    </message>
    <message>
        <source>An error stops a report from being submitted; a warning only asks the field officer to check the values.</source>
        <translation>“错误”会阻止报告提交；“警告”只提醒基层工作人员核对数值。</translation>
    </message>
    <message>
        <source>Each side is a sum of indicator codes and numbers joined by + and -. A code stands for the indicator&apos;s total (for a percentage or rate, the value itself); CODE.num and CODE.den stand for the numerator and the denominator of a percentage or rate. Numbers use a dot as decimal mark. Example: FULLIMM.den &lt;= NUTSUPP.den</source>
        <translation>每一侧都是以 + 和 - 连接的指标代码和数字之和。代码表示该指标的合计（百分比或比率指标则为其数值本身）；CODE.num 和 CODE.den 分别表示百分比或比率指标的分子和分母。数字用小数点表示小数。例如：FULLIMM.den &lt;= NUTSUPP.den</translation>
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation>新建规则(&amp;N)</translation>
    </message>
    <message>
        <source>Empty the editor to write a new rule</source>
        <translation>清空编辑区以编写新规则</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>保存规则(&amp;S)</translation>
    </message>
    <message>
        <source>Store the rule in the editor</source>
        <translation>保存编辑区中的规则</translation>
    </message>
    <message>
        <source>&amp;Delete rule</source>
        <translation>删除规则(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected rule</source>
        <translation>删除所选规则</translation>
    </message>
    <message>
        <source>Fidelity checklist</source>
        <translation>执行忠实度核查清单</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>代码(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. C1</source>
        <translation>例如 C1</translation>
    </message>
    <message>
        <source>Name (En&amp;glish):</source>
        <translation>名称（英文）(&amp;G)：</translation>
    </message>
    <message>
        <source>Name (Ch&amp;inese):</source>
        <translation>名称（中文）(&amp;I)：</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>顺序(&amp;R)：</translation>
    </message>
    <message>
        <source>Items are listed by this number on the visit form</source>
        <translation>访视表中按此编号排列条目</translation>
    </message>
    <message>
        <source>Ne&amp;w item</source>
        <translation>新建条目(&amp;W)</translation>
    </message>
    <message>
        <source>Empty the editor to write a new checklist item</source>
        <translation>清空编辑区以编写新的核查条目</translation>
    </message>
    <message>
        <source>Sa&amp;ve item</source>
        <translation>保存条目(&amp;V)</translation>
    </message>
    <message>
        <source>Store the checklist item in the editor</source>
        <translation>保存编辑区中的核查条目</translation>
    </message>
    <message>
        <source>De&amp;lete item</source>
        <translation>删除条目(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected checklist item</source>
        <translation>删除所选核查条目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>The rule needs a name in English or Chinese.</source>
        <translation>规则需要一个英文或中文名称。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
</context>
<context>
    <name>SetupService</name>
    <message>
        <source>The rule refers to a programme that does not exist.</source>
        <translation>该规则所指的项目不存在。</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>The rule&apos;s %1: %2</source>
        <translation>规则的%1：%2</translation>
    </message>
    <message>
        <source>The rule&apos;s %1 refers to %2, which is not an indicator of the programme.</source>
        <translation>规则的%1引用了 %2，但它不是本项目的指标。</translation>
    </message>
    <message>
        <source>The rule&apos;s %1 asks for %2.%3, but %2 has no numerator and denominator.</source>
        <translation>规则的%1使用了 %2.%3，但 %2 没有分子和分母。</translation>
    </message>
    <message>
        <source>The rule no longer exists.</source>
        <translation>该规则已不存在。</translation>
    </message>
    <message>
        <source>The checklist item refers to a programme that does not exist.</source>
        <translation>该核查条目所指的项目不存在。</translation>
    </message>
    <message>
        <source>The checklist item needs a code.</source>
        <translation>核查条目需要代码。</translation>
    </message>
    <message>
        <source>Checklist item %1 needs a name in English or Chinese.</source>
        <translation>核查条目 %1 需要一个英文或中文名称。</translation>
    </message>
    <message>
        <source>The checklist already has an item with the code %1.</source>
        <translation>核查清单中已有代码为 %1 的条目。</translation>
    </message>
    <message>
        <source>The checklist item no longer exists.</source>
        <translation>该核查条目已不存在。</translation>
    </message>
    <message>
        <source>The rule needs a name in English or Chinese.</source>
        <translation>规则需要一个英文或中文名称。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in to %1 with your ScaleReady account.</source>
        <translation>使用您的 ScaleReady 账户登录 %1。</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create its administrator, who then adds the programme managers, field officers and viewers. Use a password of at least %1 characters.</source>
        <translation>此数据库还没有账户。请创建其管理员，再由管理员添加项目经理、基层工作人员和查看者。密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>ScaleReady locked itself after a time without use. Nothing you entered is lost: enter the password to go on.</source>
        <translation>ScaleReady 在一段时间无操作后已自动锁定。您录入的内容都没有丢失：请输入密码继续。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Close the database</source>
        <translation>关闭数据库</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demonstration accounts: admin, manager, officer and viewer, each with the password &quot;demo&quot;.</source>
        <translation>演示账户：admin、manager、officer 和 viewer，密码均为“demo”。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: you can try again in %n second(s).</source>
        <translation>
            <numerusform>密码错误次数过多：%n 秒后可再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
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
    <name>SiteQualityModel</name>
    <message>
        <source>Site code</source>
        <translation>项目点代码</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>项目点</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应报</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Complete %</source>
        <translation>完整率 %</translation>
    </message>
    <message>
        <source>On time %</source>
        <translation>及时率 %</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>异常值</translation>
    </message>
    <message>
        <source>Consistency failures</source>
        <translation>一致性错误</translation>
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
    <name>SyncPackageModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>With</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Starter package</source>
        <translation>初始包</translation>
    </message>
    <message>
        <source>Changes %1 to %2</source>
        <translation>更改 %1 至 %2</translation>
    </message>
    <message>
        <source>New %1, updated %2, conflicts %3, refused %4</source>
        <translation>新增 %1，更新 %2，冲突 %3，拒绝 %4</translation>
    </message>
    <message>
        <source>Starter package for %1, written to %2: %3 records.</source>
        <translation>发给 %1 的初始包，已写入 %2：%3 条记录。</translation>
    </message>
    <message>
        <source>Sent to %1 in %2: %3 records, this database&apos;s changes %4 to %5.</source>
        <translation>已通过 %2 发送给 %1：%3 条记录，为本数据库的更改 %4 至 %5。</translation>
    </message>
    <message>
        <source>Received from %1 in %2.</source>
        <translation>已通过 %2 从 %1 接收。</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Direction</source>
        <comment>of a sync package</comment>
        <translation>方向</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>&amp;Import package…</source>
        <translation>导入同步包(&amp;I)…</translation>
    </message>
    <message>
        <source>Apply a package another database sent: checked whole first, then applied in one step after a backup.</source>
        <translation>应用另一个数据库发来的同步包：先整体检查，备份后再一次性应用。</translation>
    </message>
    <message>
        <source>Set &amp;up a field laptop…</source>
        <translation>设置外业电脑(&amp;U)…</translation>
    </message>
    <message>
        <source>Write a starter package from which a field officer&apos;s laptop makes its database.</source>
        <translation>写出初始包，基层工作人员的外业电脑将据此建立自己的数据库。</translation>
    </message>
    <message>
        <source>Databases this one exchanges with</source>
        <translation>同步对象</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>同步包</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Select a package to see its summary.</source>
        <translation>选择一个同步包以查看其摘要。</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>待处理的冲突</translation>
    </message>
    <message>
        <source>All conflicts</source>
        <translation>全部冲突</translation>
    </message>
    <message>
        <source>Only a programme manager or an administrator settles conflicts.</source>
        <translation>只有项目经理或管理员可以处理冲突。</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>保留本地(&amp;K)</translation>
    </message>
    <message>
        <source>Keep this database&apos;s version of the selected conflicts.</source>
        <translation>在所选冲突中保留本数据库的版本。</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>采用对方(&amp;T)</translation>
    </message>
    <message>
        <source>Take the other database&apos;s version of the selected conflicts.</source>
        <translation>在所选冲突中采用另一个数据库的版本。</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>编辑(&amp;D)…</translation>
    </message>
    <message>
        <source>Compare both versions field by field and settle the conflict with an edited version.</source>
        <translation>逐个字段比较两个版本，并用编辑后的版本处理该冲突。</translation>
    </message>
    <message>
        <source>This is a field database; it sends to its manager %1.</source>
        <translation>这是外业数据库；它向项目经理的数据库 %1 发送同步包。</translation>
    </message>
    <message>
        <source>This is the manager&apos;s database; field laptops send their packages here.</source>
        <translation>这是项目经理的数据库；外业电脑将同步包发送到这里。</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <source>1 open conflict waits for a programme manager.</source>
        <translation>有 1 个冲突等待项目经理处理。</translation>
    </message>
    <message>
        <source>%1 open conflicts wait for a programme manager.</source>
        <translation>有 %1 个冲突等待项目经理处理。</translation>
    </message>
    <message>
        <source>Write your changes into a file for your manager.</source>
        <translation>将您的更改写入一个文件，交给项目经理。</translation>
    </message>
    <message>
        <source>Write a package with the changes a field officer&apos;s laptop lacks.</source>
        <translation>写出一个同步包，包含基层工作人员的电脑尚缺的更改。</translation>
    </message>
    <message>
        <source>No manager&apos;s database is known yet.</source>
        <translation>尚不知道项目经理的数据库。</translation>
    </message>
    <message>
        <source>No field laptops yet. Set up a field laptop to give an officer the programme, then exchange packages with it here.</source>
        <translation>还没有外业电脑。请设置一台外业电脑，把项目交给基层工作人员，然后在这里与它交换同步包。</translation>
    </message>
    <message>
        <source>No packages yet. Export a package to send your changes to your manager, and import the packages your manager sends you.</source>
        <translation>还没有同步包。导出同步包可将您的更改发送给项目经理；项目经理发来的同步包请在这里导入。</translation>
    </message>
    <message>
        <source>No packages yet. Export a package to send a field laptop the changes it lacks, and import the packages field officers send you.</source>
        <translation>还没有同步包。导出同步包可将外业电脑尚缺的更改发送给它；基层工作人员发来的同步包请在这里导入。</translation>
    </message>
    <message>
        <source>No open conflicts. When a record was changed both here and on another database since they last exchanged, both versions wait here for a programme manager to choose.</source>
        <translation>没有待处理的冲突。如果自上次交换以来，同一条记录在本数据库和另一个数据库上都被更改，两个版本都会在这里等待项目经理选择。</translation>
    </message>
    <message>
        <source>No conflicts so far. When a record was changed both here and on another database since they last exchanged, both versions wait here for a programme manager to choose.</source>
        <translation>目前没有冲突。如果自上次交换以来，同一条记录在本数据库和另一个数据库上都被更改，两个版本都会在这里等待项目经理选择。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>Writing the sync package…</source>
        <translation>正在写出同步包…</translation>
    </message>
    <message>
        <source>Importing the sync package…</source>
        <translation>正在导入同步包…</translation>
    </message>
    <message>
        <source>The starter package for %1 was written to %2 (%3 records).

On the officer&apos;s laptop, ScaleReady&apos;s welcome screen sets up the field database from it.</source>
        <translation>发给 %1 的初始包已写入 %2（%3 条记录）。

在基层工作人员的电脑上，ScaleReady 的欢迎界面可据此建立外业数据库。</translation>
    </message>
    <message>
        <source>Set up a field laptop</source>
        <translation>设置外业电脑</translation>
    </message>
    <message>
        <source>Export a sync package</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <source>There is no field officer to send to. An administrator adds the officer on the Users page and assigns their sites.</source>
        <translation>没有可以发送的基层工作人员。请由管理员在“用户”页面添加基层工作人员并为其分配项目点。</translation>
    </message>
    <message>
        <source>Sync packages (*.srpk)</source>
        <translation>同步包 (*.srpk)</translation>
    </message>
    <message>
        <source>Import a sync package</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>Sync packages (*.srpk);;All files (*)</source>
        <translation>同步包 (*.srpk);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 was imported.</source>
        <translation>%1 已导入。</translation>
    </message>
    <message>
        <source>Keep this database&apos;s version of %1?</source>
        <translation>保留本数据库中 %1 的版本？</translation>
    </message>
    <message>
        <source>Keep this database&apos;s version in %1 conflicts?</source>
        <translation>在 %1 个冲突中保留本数据库的版本？</translation>
    </message>
    <message>
        <source>Take the version from %1 for %2?</source>
        <translation>对 %2 采用来自 %1 的版本？</translation>
    </message>
    <message>
        <source>Take the other database&apos;s version in %1 conflicts?</source>
        <translation>在 %1 个冲突中采用另一个数据库的版本？</translation>
    </message>
    <message>
        <source>This changes approved data.</source>
        <translation>这将更改已批准的数据。</translation>
    </message>
    <message>
        <source>The chosen version replaces the other one on every database it reaches.</source>
        <translation>所选版本将在其到达的每个数据库上取代另一个版本。</translation>
    </message>
    <message>
        <source>Settle conflicts</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <source>E&amp;xport package…</source>
        <translation>导出同步包(&amp;X)…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1.

Send the file to your manager (%2), who imports it on the Sync page.</source>
        <translation>
            <numerusform>已将 %n 项更改写入 %1。

请将文件发送给您的项目经理（%2），由其在同步页面导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1 for %2.

Send the file to the officer, who imports it on the Sync page.</source>
        <translation>
            <numerusform>已将发给 %2 的 %n 项更改写入 %1。

请将文件发送给该基层工作人员，由其在同步页面导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
</context>
<context>
    <name>SyncPeerModel</name>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>基层工作人员</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>上次发送</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>上次接收</translation>
    </message>
    <message>
        <source>Received up to</source>
        <translation>已接收至</translation>
    </message>
    <message>
        <source>Acknowledged up to</source>
        <translation>已确认至</translation>
    </message>
    <message>
        <source>The number of the newest of its changes this database holds.</source>
        <translation>本数据库所持有的对方最新更改的编号。</translation>
    </message>
    <message>
        <source>The number of the newest of this database&apos;s changes it has confirmed receiving.</source>
        <translation>对方已确认收到的本数据库最新更改的编号。</translation>
    </message>
    <message>
        <source>Manager&apos;s database</source>
        <translation>项目经理的数据库</translation>
    </message>
    <message>
        <source>Field laptop</source>
        <translation>外业电脑</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>of a database in the exchange</comment>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>it refers to a %1 that is not in this database (%2).</source>
        <translation>它引用的%1不在本数据库中（%2）。</translation>
    </message>
    <message>
        <source>Inserted %1, updated %2, unchanged %3, conflicts %4, rejected %5.</source>
        <translation>新增 %1，更新 %2，未变 %3，冲突 %4，拒绝 %5。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) settled by a resolution that arrived.</source>
        <translation>
            <numerusform>%n 个冲突已由收到的处理结果解决。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some earlier changes of the sender have not arrived yet; the next package back asks for them again.</source>
        <translation>发送方的部分较早更改尚未收到；下一个回传的同步包会再次请求这些更改。</translation>
    </message>
    <message>
        <source>Rejected %1 %2: %3</source>
        <translation>已拒绝%1 %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rejected.</source>
        <translation>
            <numerusform>……另有 %n 行被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup made before the import: %1</source>
        <translation>导入前所做的备份：%1</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>site</source>
        <translation>项目点</translation>
    </message>
    <message>
        <source>category option</source>
        <translation>分类选项</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>核查清单条目</translation>
    </message>
    <message>
        <source>validation rule</source>
        <translation>校验规则</translation>
    </message>
    <message>
        <source>readiness criterion</source>
        <translation>推广准备度标准</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>site target</source>
        <translation>项目点目标</translation>
    </message>
    <message>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>data value</source>
        <translation>数据值</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>visit action</source>
        <translation>走访行动项</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>kept mine</source>
        <translation>保留本地</translation>
    </message>
    <message>
        <source>took theirs</source>
        <translation>采用对方</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>settled by the manager</source>
        <translation>已由项目经理处理</translation>
    </message>
    <message>
        <source>Signed in as a viewer, you cannot send packages.</source>
        <translation>以查看者身份登录时不能发送同步包。</translation>
    </message>
    <message>
        <source>Only a programme manager or an administrator sends packages to field laptops.</source>
        <translation>只有项目经理或管理员可以向外业电脑发送同步包。</translation>
    </message>
    <message>
        <source>Choose the officer whose laptop the package is for.</source>
        <translation>请选择同步包所发往电脑的基层工作人员。</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>没有用户 %1。</translation>
    </message>
    <message>
        <source>%1 is not a field officer; packages go to field officers&apos; laptops.</source>
        <translation>%1 不是基层工作人员；同步包只发往基层工作人员的电脑。</translation>
    </message>
    <message>
        <source>Name the programme the package is for.</source>
        <translation>请指定同步包所属的项目。</translation>
    </message>
    <message>
        <source>%1 has no sites in this programme; assign sites before setting up a laptop.</source>
        <translation>%1 在本项目中没有项目点；请先分配项目点再设置电脑。</translation>
    </message>
    <message>
        <source>The programme of this database is missing.</source>
        <translation>本数据库的项目缺失。</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>数据库正忙：%1</translation>
    </message>
    <message>
        <source>The package could not be made: %1</source>
        <translation>无法生成同步包：%1</translation>
    </message>
    <message>
        <source>The export was cancelled; no package was written.</source>
        <translation>导出已取消；未写出同步包。</translation>
    </message>
    <message>
        <source>The package was written, but this database could not record it: %1</source>
        <translation>同步包已写出，但本数据库无法记录它：%1</translation>
    </message>
    <message>
        <source>a field database cannot change a %1; that is the manager&apos;s.</source>
        <translation>外业数据库不能更改%1；这由项目经理负责。</translation>
    </message>
    <message>
        <source>a field database can only change its own officer&apos;s password.</source>
        <translation>外业数据库只能更改其基层工作人员本人的密码。</translation>
    </message>
    <message>
        <source>site %1 is not assigned to the laptop&apos;s officer.</source>
        <translation>项目点 %1 未分配给该电脑的基层工作人员。</translation>
    </message>
    <message>
        <source>only a manager can approve or return a report.</source>
        <translation>只有项目经理可以批准或退回报告。</translation>
    </message>
    <message>
        <source>sync package from %1</source>
        <translation>来自 %1 的同步包</translation>
    </message>
    <message>
        <source>Could not record the change in the audit log: %1</source>
        <translation>无法在审计日志中记录该更改：%1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was applied.</source>
        <translation>导入已取消；未应用任何内容。</translation>
    </message>
    <message>
        <source>this kind of row (%1) is not synchronised.</source>
        <translation>此类数据行（%1）不参与同步。</translation>
    </message>
    <message>
        <source>The conflict could not be queued: %1</source>
        <translation>无法将冲突加入队列：%1</translation>
    </message>
    <message>
        <source>it could not be stored: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>Signed in as a viewer, you cannot import packages.</source>
        <translation>以查看者身份登录时不能导入同步包。</translation>
    </message>
    <message>
        <source>Only a programme manager or an administrator imports packages from field laptops.</source>
        <translation>只有项目经理或管理员可以导入来自外业电脑的同步包。</translation>
    </message>
    <message>
        <source>The package %1 does not come from this database&apos;s manager; nothing was applied.</source>
        <translation>同步包 %1 并非来自本数据库的项目经理；未应用任何内容。</translation>
    </message>
    <message>
        <source>The package %1 comes from a database that was not set up from this one (%2); nothing was applied.</source>
        <translation>同步包 %1 来自一个并非由本数据库设置的数据库（%2）；未应用任何内容。</translation>
    </message>
    <message>
        <source>The package %1 comes from %2, which cannot send to this database; nothing was applied.</source>
        <translation>同步包 %1 来自 %2，它不能向本数据库发送同步包；未应用任何内容。</translation>
    </message>
    <message>
        <source>The package %1 belongs to another programme; nothing was applied.</source>
        <translation>同步包 %1 属于另一个项目；未应用任何内容。</translation>
    </message>
    <message>
        <source>No backup could be made before the import, so nothing was applied: %1</source>
        <translation>导入前无法备份，因此未应用任何内容：%1</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the field database.</source>
        <translation>%1 已存在；请为外业数据库选择一个新文件。</translation>
    </message>
    <message>
        <source>The starter package %1 could not be applied whole: %2</source>
        <translation>初始包 %1 无法完整应用：%2</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Only a programme manager or an administrator resolves conflicts.</source>
        <translation>只有项目经理或管理员可以处理冲突。</translation>
    </message>
    <message>
        <source>Edit one conflict at a time.</source>
        <translation>一次只能编辑一个冲突。</translation>
    </message>
    <message>
        <source>This conflict has been resolved already.</source>
        <translation>此冲突已处理。</translation>
    </message>
    <message>
        <source>This conflict concerns a kind of row (%1) that is not synchronised.</source>
        <translation>此冲突涉及不参与同步的数据行类型（%1）。</translation>
    </message>
    <message>
        <source>The resolution cannot be stored: %1</source>
        <translation>无法保存处理结果：%1</translation>
    </message>
    <message>
        <source>sync conflict resolved: %1</source>
        <translation>同步冲突已处理：%1</translation>
    </message>
    <message>
        <source>Rows that could not be stored yet will be sent again with the next package.</source>
        <translation>暂时无法保存的数据行会随下一个同步包再次发送。</translation>
    </message>
    <message>
        <source>a field database cannot move a row to another site, indicator, period or visit.</source>
        <translation>外业数据库不能将数据行移到其他项目点、指标、期间或走访。</translation>
    </message>
    <message>
        <source>The package %1 is not signed by %2, whose name it carries; nothing was applied.</source>
        <translation>同步包 %1 并非由其所署名的 %2 签名；未应用任何内容。</translation>
    </message>
    <message>
        <source>%1 cannot be edited in a resolution.</source>
        <translation>处理冲突时不能编辑 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 不能为空。</translation>
    </message>
    <message>
        <source>%1 takes a number, not &quot;%2&quot;.</source>
        <translation>%1 须为数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 takes text.</source>
        <translation>%1 须为文本。</translation>
    </message>
    <message>
        <source>Two of the chosen conflicts are versions of the same row from different databases; take theirs for one of them at a time.</source>
        <translation>所选冲突中有两个是同一数据行来自不同数据库的版本；请一次只对其中一个选择“采用对方”。</translation>
    </message>
</context>
<context>
    <name>TableFiles</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>tab-delimited</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <source>&quot;%1&quot;-delimited</source>
        <translation>以“%1”分隔</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>%1: pilot vs comparison</source>
        <translation>%1：试点与对照</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>No approved or submitted data for these periods yet.</source>
        <translation>这些期间还没有已审核或已提交的数据。</translation>
    </message>
    <message>
        <source>No approved data for these periods yet.</source>
        <translation>这些期间还没有已审核的数据。</translation>
    </message>
    <message>
        <source>%1, 95% interval</source>
        <translation>%1，95% 置信区间</translation>
    </message>
    <message>
        <source>The reports for these periods have no values to show (for example, every denominator is zero).</source>
        <translation>这些期间的报告没有可显示的数值（例如分母全部为零）。</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>基线 %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>Intervention starts (%1)</source>
        <translation>干预开始（%1）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>95% CI low</source>
        <translation>95% 置信区间下限</translation>
    </message>
    <message>
        <source>95% CI high</source>
        <translation>95% 置信区间上限</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>项目点</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告数</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部项目点</translation>
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
    <message>
        <source>The password of %1 must not be the user name.</source>
        <translation>%1 的密码不能与用户名相同。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for %1: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>%1 的密码错误次数过多：请等待 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or the password is wrong, or the account is disabled.</source>
        <translation>用户名或密码错误，或账户已停用。</translation>
    </message>
    <message>
        <source>The database already has its administrator; sign in instead.</source>
        <translation>此数据库已有管理员，请直接登录。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator: make another user an administrator first.</source>
        <translation>%1 是最后一位启用的管理员：请先将另一位用户设为管理员。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>All accounts of this database. Select one to edit it.</source>
        <translation>此数据库的所有账户。选择一个账户进行编辑。</translation>
    </message>
    <message>
        <source>Your account. Only an administrator can change roles and site assignments.</source>
        <translation>您的账户。只有管理员可以更改角色和项目点分配。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>letters and digits, no spaces</source>
        <translation>字母和数字，不含空格</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>e.g. Wang Fang (王芳)</source>
        <translation>例如 王芳（Wang Fang）</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Active (may sign in)</source>
        <translation>启用（可以登录）(&amp;A)</translation>
    </message>
    <message>
        <source>Assigned &amp;sites:</source>
        <translation>分配的项目点(&amp;S)：</translation>
    </message>
    <message>
        <source>Field officers enter and submit data only for the sites ticked here; the other roles are not limited by them.</source>
        <translation>基层工作人员只能为此处勾选的项目点录入和提交数据；其他角色不受此限制。</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an account with a user name and a password</source>
        <translation>用用户名和密码创建账户</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Store the changes to this account</source>
        <translation>保存对此账户的修改</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>设置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Give this account a new password</source>
        <translation>为此账户设置新密码</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose a new password for your own account</source>
        <translation>为您自己的账户设置新密码</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>项目点</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>You cannot disable your own account or take away your own administrator role; ask another administrator to do it.</source>
        <translation>您不能停用自己的账户或取消自己的管理员角色；请让另一位管理员操作。</translation>
    </message>
    <message>
        <source>The user %1 no longer exists.</source>
        <translation>用户 %1 已不存在。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
</context>
<context>
    <name>VersionText</name>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>需跟进</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>项目点</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Category option</source>
        <translation>分类选项</translation>
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
        <source>(hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field and its value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>who changed a row, and when</comment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>Could not save the visit&apos;s checklist: %1</source>
        <translation>无法保存访视的核查清单：%1</translation>
    </message>
</context>
<context>
    <name>VisitService</name>
    <message>
        <source>The visit refers to a site that does not exist.</source>
        <translation>该访视所指的项目点不存在。</translation>
    </message>
    <message>
        <source>Visit to %1: enter the date of the visit.</source>
        <translation>对 %1 的访视：请填写访视日期。</translation>
    </message>
    <message>
        <source>Visit to %1: the date %2 is in the future.</source>
        <translation>对 %1 的访视：日期 %2 在未来。</translation>
    </message>
    <message>
        <source>Visit to %1: the officer does not exist.</source>
        <translation>对 %1 的访视：该官员不存在。</translation>
    </message>
    <message>
        <source>Visit to %1: a score refers to a checklist item that is not part of the programme.</source>
        <translation>对 %1 的访视：有评分所指的核查条目不属于本项目。</translation>
    </message>
    <message>
        <source>Visit to %1: a checklist item is scored twice.</source>
        <translation>对 %1 的访视：有核查条目被重复评分。</translation>
    </message>
    <message>
        <source>Visit to %1: a checklist score must be 0, 1, 2 or 3, not %2.</source>
        <translation>对 %1 的访视：核查评分必须为 0、1、2 或 3，不能是 %2。</translation>
    </message>
    <message>
        <source>The visit no longer exists.</source>
        <translation>该访视已不存在。</translation>
    </message>
    <message>
        <source>The action item refers to a visit that does not exist.</source>
        <translation>该整改事项所指的访视不存在。</translation>
    </message>
    <message>
        <source>Describe the action to take.</source>
        <translation>请描述需要采取的行动。</translation>
    </message>
    <message>
        <source>The action item no longer exists.</source>
        <translation>该整改事项已不存在。</translation>
    </message>
    <message>
        <source>A field officer records their own visits, not those of another officer.</source>
        <translation>基层工作人员只能记录自己的访视，不能记录其他官员的访视。</translation>
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
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>小于</translation>
    </message>
    <message>
        <source>less than or equal to</source>
        <translation>小于或等于</translation>
    </message>
    <message>
        <source>equal to</source>
        <translation>等于</translation>
    </message>
    <message>
        <source>not equal to</source>
        <translation>不等于</translation>
    </message>
    <message>
        <source>greater than or equal to</source>
        <translation>大于或等于</translation>
    </message>
    <message>
        <source>greater than</source>
        <translation>大于</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
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
    <message>
        <source>Set up a field laptop from a starter package…</source>
        <translation>从初始包设置外业电脑…</translation>
    </message>
    <message>
        <source>Make this laptop&apos;s database from the starter package (.srpk) your programme manager gave you, then sign in with your own account.</source>
        <translation>用项目经理交给您的初始包（.srpk）建立本电脑的数据库，然后用您自己的账户登录。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>XLSX, worksheet &quot;%1&quot;</source>
        <translation>XLSX，工作表“%1”</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 cannot be unpacked (%2).</source>
        <translation>%1 无法解压（%2）。</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook: it cannot be opened as a zip archive (%2).</source>
        <translation>%1 不是 XLSX 工作簿：无法作为 zip 压缩包打开（%2）。</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook: the archive has no xl/workbook.xml.</source>
        <translation>%1 不是 XLSX 工作簿：压缩包中没有 xl/workbook.xml。</translation>
    </message>
    <message>
        <source>%1 in %2, line %3.</source>
        <translation>%2 第 %3 行：%1。</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 没有工作表。</translation>
    </message>
    <message>
        <source>%1 has no worksheet named &quot;%2&quot;; its worksheets are: %3.</source>
        <translation>%1 中没有名为“%2”的工作表；其工作表有：%3。</translation>
    </message>
    <message>
        <source>the worksheet &quot;%1&quot; (%2) is missing.</source>
        <translation>工作表“%1”（%2）缺失。</translation>
    </message>
    <message>
        <source>cell %1 of worksheet &quot;%2&quot; refers to shared string %3, which does not exist.</source>
        <translation>工作表“%2”的单元格 %1 引用了不存在的共享字符串 %3。</translation>
    </message>
    <message>
        <source>the worksheet &quot;%1&quot; (%2) ends in the middle.</source>
        <translation>工作表“%1”（%2）在中途结束。</translation>
    </message>
</context>
</TS>
