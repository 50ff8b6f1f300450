# Simplified Chinese for the data browser's new source strings (issue 5), to be merged into
# translations/scaleready_zh_CN.ts. Keys are the exact English sources (contexts in comments).
T = {
    # DataValueBrowser (core/storage/datavaluebrowser.cpp)
    "Could not read the data values: %1": "无法读取数据值：%1",
    "Could not read the data values: the position belongs to another sort order.": "无法读取数据值：该位置属于另一种排序。",
    "Could not count the data values: %1": "无法统计数据值：%1",
    # DataBrowserModel (ui/models/databrowsermodel.cpp)
    "Site": "站点",
    "Indicator": "指标",
    "Period": "期间",
    "Option": "分类选项",  # disambiguation: "category option, or the total"
    "Value": "数值",
    "Numerator": "分子",
    "Denominator": "分母",
    "Status": "状态",  # disambiguation: "of the report"
    "Comment": "备注",
    "Last changed": "最后修改",
    "Total": "合计",
    "%1%": "%1%",
    "%1 per 1,000": "每千人 %1",
    # DataBrowserPage (ui/browser/databrowserpage.cpp)
    "All sites": "所有站点",
    "All indicators": "所有指标",
    "Earliest data": "最早数据",
    "Latest data": "最新数据",
    "All statuses": "所有状态",
    "Counting data values…": "正在统计数据值…",
    "Data values: %1": "数据值：%1",
    "&Site:": "站点(&S)：",
    "&Indicator:": "指标(&I)：",
    "&From:": "从(&F)：",
    "&To:": "到(&T)：",
    "Stat&us:": "状态(&U)：",
    "Reset filters": "重置筛选",
    "Export selection…": "导出所选…",
    "Export the values these filters show (narrowed to the sites and indicators of the selected rows, if any)":
        "导出当前筛选显示的数据值（如选中了行，则只导出这些行的站点和指标）",
    "No data values match these filters.": "没有符合这些筛选条件的数据值。",
    # MainWindow (ui/shell/mainwindow.cpp), disambiguation: "the data browser page"
    "Data": "数据浏览",
}
