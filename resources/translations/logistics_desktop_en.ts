<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AcceptancePage</name>
    <message>
        <source>证照过期、食品过期或冷链温度不符仍验收时，在此写明理由</source>
        <translation>If accepting despite an expired licence, expired goods or a cold-chain temperature out of range, give the reason here</translation>
    </message>
    <message>
        <source>保存进货记录</source>
        <translation>Save delivery</translation>
    </message>
    <message>
        <source>两人签字并锁定</source>
        <translation>Sign by two and lock</translation>
    </message>
    <message>
        <source>下一批</source>
        <translation>Next delivery</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>供货单位</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>品种</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>验收人</source>
        <translation>Acceptors</translation>
    </message>
    <message>
        <source>到货时间</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>伙食账户</source>
        <translation>Meal account</translation>
    </message>
    <message>
        <source>索证索票：</source>
        <translation>Documents checked:</translation>
    </message>
    <message>
        <source>本人密码</source>
        <translation>own password</translation>
    </message>
    <message>
        <source>打开所选</source>
        <translation>Open selected</translation>
    </message>
    <message>
        <source>更正所选…</source>
        <translation>Correct selected…</translation>
    </message>
    <message>
        <source>进货记录</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>请先在下方进货记录中选中一批</source>
        <translation>Select a delivery in the list below first</translation>
    </message>
    <message>
        <source>已签字锁定（%1、%2，%3）。如有错误，请做更正记录。</source>
        <translation>Signed and locked (%1, %2, %3). Record a correction for any mistake.</translation>
    </message>
    <message>
        <source>更正 %1 %2：%3（原因：%4）</source>
        <translation>Correction %1 by %2: %3 (reason: %4)</translation>
    </message>
    <message>
        <source>未签字，可修改后保存，再由两位验收人签字。</source>
        <translation>Not signed: edit and save, then two acceptors sign.</translation>
    </message>
    <message>
        <source>更正进货记录</source>
        <translation>Correct a delivery</translation>
    </message>
    <message>
        <source>未签字</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>已保存。请两位验收人签字。</source>
        <translation>Saved. Two acceptors sign now.</translation>
    </message>
    <message>
        <source>已签字锁定。如有错误，请做更正记录。</source>
        <translation>Signed and locked. Record a correction for any mistake.</translation>
    </message>
</context>
<context>
    <name>AnaemiaCutoffsPage</name>
    <message>
        <source>适用年龄</source>
        <translation>Ages</translation>
    </message>
    <message>
        <source>默认值依据：%1。每一行从它的月龄起，到下一行的月龄为止（最后一行到 15 岁）；同一起始月龄只有一行，保存即更新。改动只影响以后的专案提示和统计表，已建立的专案不变。</source>
        <translation>Defaults from: %1. Each row applies from its age in months up to the next row (the last up to 15 years); one row per starting age, saving updates it. A change affects later case-file proposals and statistics only; case files already opened stay as they are.</translation>
    </message>
    <message>
        <source>%1 岁 %2 月 至 %3 岁 %4 月</source>
        <translation>%1 y %2 m to %3 y %4 m</translation>
    </message>
    <message>
        <source>删除选中的一行</source>
        <translation>Delete the selected row</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>AnswersTable</name>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>检查项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>结果（1 正常 2 异常 3 不适用）</source>
        <translation>Result (1 normal 2 abnormal 3 n/a)</translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>AssetsModuleTab</name>
    <message>
        <source>资产卡片</source>
        <translation>Asset card</translation>
    </message>
    <message>
        <source>低值易耗品</source>
        <translation>Consumables</translation>
    </message>
</context>
<context>
    <name>AssetsTab</name>
    <message>
        <source>在账（不含已报废）</source>
        <translation>On the books (not scrapped)</translation>
    </message>
    <message>
        <source>借出中</source>
        <translation>On loan</translation>
    </message>
    <message>
        <source>借用逾期</source>
        <translation>Loan overdue</translation>
    </message>
    <message>
        <source>分类为推断</source>
        <translation>Class inferred</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>搜索编号、名称、规格、存放地点、保管人或拼音首字母…</source>
        <translation>Search code, name, model, location, custodian or pinyin initials…</translation>
    </message>
    <message>
        <source>新增卡片</source>
        <translation>New card</translation>
    </message>
    <message>
        <source>打开卡片</source>
        <translation>Open card</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>打印台账…</source>
        <translation>Print ledger…</translation>
    </message>
    <message>
        <source>打印标签…</source>
        <translation>Print labels…</translation>
    </message>
    <message>
        <source>全部存放地点</source>
        <translation>All rooms</translation>
    </message>
    <message>
        <source>全部分类</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>共 %1 张卡片，数量 %2，金额 %3 元</source>
        <translation>%1 cards, quantity %2, amount %3 yuan</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>资产登记台账.xlsx</source>
        <translation>asset-ledger.xlsx</translation>
    </message>
    <message>
        <source>资产登记台账</source>
        <translation>Asset ledger</translation>
    </message>
    <message>
        <source>资产标签</source>
        <translation>Asset labels</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>打开</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>改动（原 → 新）</source>
        <translation>Changes (old → new)</translation>
    </message>
    <message>
        <source>（全部）</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>显示最近 %1 条</source>
        <translation>Showing the latest %1</translation>
    </message>
    <message>
        <source>共 %1 条</source>
        <translation>%1 in all</translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>From</translation>
    </message>
    <message>
        <source>内容包含</source>
        <translation>Containing</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>资产卡片</source>
        <translation>Asset card</translation>
    </message>
    <message>
        <source>资产变动</source>
        <translation>Asset change</translation>
    </message>
    <message>
        <source>低值易耗品</source>
        <translation>Consumable</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>学期</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>健康记录查阅</source>
        <translation>Health records read</translation>
    </message>
    <message>
        <source>资产清查</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>进货验收</source>
        <translation>Delivery acceptance</translation>
    </message>
    <message>
        <source>陪餐</source>
        <translation>Companion meal</translation>
    </message>
    <message>
        <source>餐具消毒</source>
        <translation>Tableware disinfection</translation>
    </message>
    <message>
        <source>伙食费</source>
        <translation>Meal fees</translation>
    </message>
    <message>
        <source>留样</source>
        <translation>Food sample</translation>
    </message>
    <message>
        <source>健康证</source>
        <translation>Health certificate</translation>
    </message>
    <message>
        <source>食谱</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>库存盘点</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <source>出库</source>
        <translation>Stock issue</translation>
    </message>
    <message>
        <source>供货单位</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>因病缺勤追踪</source>
        <translation>Illness absence follow-up</translation>
    </message>
    <message>
        <source>传染病登记</source>
        <translation>Infectious disease case</translation>
    </message>
    <message>
        <source>消毒记录</source>
        <translation>Disinfection</translation>
    </message>
    <message>
        <source>伤害登记</source>
        <translation>Injury</translation>
    </message>
    <message>
        <source>带药</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>疫情预警</source>
        <translation>Outbreak warning</translation>
    </message>
    <message>
        <source>演练</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>灭火器</source>
        <translation>Extinguisher</translation>
    </message>
    <message>
        <source>灭火器检查</source>
        <translation>Extinguisher check</translation>
    </message>
    <message>
        <source>隐患</source>
        <translation>Hazard</translation>
    </message>
    <message>
        <source>巡查</source>
        <translation>Patrol</translation>
    </message>
    <message>
        <source>来访登记</source>
        <translation>Visitor</translation>
    </message>
</context>
<context>
    <name>BinderDialog</name>
    <message>
        <source>您的角色没有可整理的迎检资料</source>
        <translation>Your roles hold no records for an inspection binder</translation>
    </message>
    <message>
        <source>保存迎检资料</source>
        <translation>Save the inspection binder</translation>
    </message>
    <message>
        <source>没有选择保存位置</source>
        <translation>No place to save was chosen</translation>
    </message>
    <message>
        <source>正在整理迎检资料…</source>
        <translation>Building the inspection binder…</translation>
    </message>
    <message>
        <source>已取消，没有生成文件</source>
        <translation>Cancelled: no file was made</translation>
    </message>
    <message>
        <source>迎检资料</source>
        <translation>Inspection binder</translation>
    </message>
    <message>
        <source>把这一类检查要看的全部记录按月合订成一个 PDF：封面、带页码的目录、每份记录另起一页，并有书签。没有记录的月份不装订，在目录下注明。</source>
        <translation>Binds every record this kind of inspection asks for, month by month, into one PDF: a cover, contents with page numbers, each form on a new page, with bookmarks. Months without records are left out and named under the contents.</translation>
    </message>
</context>
<context>
    <name>CanteenTab</name>
    <message>
        <source>进货验收</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>带量食谱</source>
        <translation>Weekly menu</translation>
    </message>
    <message>
        <source>留样</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>餐具消毒</source>
        <translation>Disinfection</translation>
    </message>
    <message>
        <source>陪餐</source>
        <translation>Accompanying meals</translation>
    </message>
    <message>
        <source>伙食费</source>
        <translation>Meal fees</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>经办</source>
        <translation>By</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>调拨…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>领用…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <source>领用归还…</source>
        <translation>Give back…</translation>
    </message>
    <message>
        <source>借用…</source>
        <translation>Lend…</translation>
    </message>
    <message>
        <source>借用归还…</source>
        <translation>Loan returned…</translation>
    </message>
    <message>
        <source>报修…</source>
        <translation>Report fault…</translation>
    </message>
    <message>
        <source>维修结果…</source>
        <translation>Repair result…</translation>
    </message>
    <message>
        <source>申请报废…</source>
        <translation>Request scrapping…</translation>
    </message>
    <message>
        <source>报废下一步…</source>
        <translation>Next scrap step…</translation>
    </message>
    <message>
        <source>损坏赔偿…</source>
        <translation>Compensation…</translation>
    </message>
    <message>
        <source>打印卡片</source>
        <translation>Print card</translation>
    </message>
    <message>
        <source>打印标签</source>
        <translation>Print label</translation>
    </message>
    <message>
        <source>变动记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>新增资产卡片</source>
        <translation>New asset card</translation>
    </message>
    <message>
        <source>资产卡片 %1 %2</source>
        <translation>Asset card %1 %2</translation>
    </message>
    <message>
        <source>折旧年限 %1 年，已提 %2 个月，累计折旧 %3 元，净值 %4 元</source>
        <translation>Depreciated over %1 years, %2 months so far, accumulated %3 yuan, net value %4 yuan</translation>
    </message>
    <message>
        <source>不计提折旧（低值或图书等）；金额 %1 元</source>
        <translation>Not depreciated (low value, books …); amount %1 yuan</translation>
    </message>
    <message>
        <source>；分类为导入时推断（%1），请核对后保存</source>
        <translation>; class inferred at import (%1): check it and save</translation>
    </message>
    <message>
        <source>；账面：累计折旧 %1 元，净值 %2 元（与上面相差 %3 元）</source>
        <translation>; in the books: accumulated %1 yuan, net %2 yuan (%3 yuan from the figure above)</translation>
    </message>
    <message>
        <source>资产卡片</source>
        <translation>Asset card</translation>
    </message>
    <message>
        <source>资产标签</source>
        <translation>Asset labels</translation>
    </message>
</context>
<context>
    <name>CaseFilesPage</name>
    <message>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>测量时年龄</source>
        <translation>Age when measured</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>测量日期</source>
        <translation>Date measured</translation>
    </message>
    <message>
        <source>病种/原因</source>
        <translation>Condition / reason</translation>
    </message>
    <message>
        <source>建档日期</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>随访次数</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>下次复查</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>State</translation>
    </message>
    <message>
        <source>%1 结案：%2</source>
        <translation>Closed %1: %2</translation>
    </message>
    <message>
        <source>逾期未复查</source>
        <translation>Review overdue</translation>
    </message>
    <message>
        <source>管理中</source>
        <translation>Under care</translation>
    </message>
    <message>
        <source>（重度）</source>
        <translation> (severe)</translation>
    </message>
    <message>
        <source>尚无随访记录</source>
        <translation>No follow-up yet</translation>
    </message>
    <message>
        <source>请先在上方选中一名幼儿/学生</source>
        <translation>Choose a child in the list above first</translation>
    </message>
    <message>
        <source>建立专案：%1（%2）</source>
        <translation>Open a case file: %1 (%2)</translation>
    </message>
    <message>
        <source>已为 %1 建立专案。</source>
        <translation>Case file opened for %1.</translation>
    </message>
    <message>
        <source>请先选中一份未结案的专案</source>
        <translation>Choose an open case file first</translation>
    </message>
    <message>
        <source>专案随访：%1</source>
        <translation>Follow-up: %1</translation>
    </message>
    <message>
        <source>已登记随访。</source>
        <translation>Follow-up recorded.</translation>
    </message>
    <message>
        <source>专案结案：%1</source>
        <translation>Close case file: %1</translation>
    </message>
    <message>
        <source>已结案。</source>
        <translation>Closed.</translation>
    </message>
    <message>
        <source>请先选中一名幼儿/学生</source>
        <translation>Choose a child first</translation>
    </message>
    <message>
        <source>%1还没有身高体重测量记录</source>
        <translation>%1 has no height and weight measured yet</translation>
    </message>
    <message>
        <source>生长曲线：%1</source>
        <translation>Growth chart: %1</translation>
    </message>
    <message>
        <source>生长发育评价建议建立专案（最近一次测量为低体重、生长迟缓、消瘦、肥胖或贫血，尚无未结案专案）</source>
        <translation>Children the growth evaluation proposes for a case file (latest measurement underweight, stunted, wasted, obese or anaemic; no open case file)</translation>
    </message>
    <message>
        <source>建立专案…</source>
        <translation>Open case file…</translation>
    </message>
    <message>
        <source>专案（逾期未复查的为红色）</source>
        <translation>Case files (overdue reviews in red)</translation>
    </message>
    <message>
        <source>显示已结案的</source>
        <translation>Show closed ones</translation>
    </message>
    <message>
        <source>随访登记…</source>
        <translation>Record follow-up…</translation>
    </message>
    <message>
        <source>结案…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>生长曲线…</source>
        <translation>Growth chart…</translation>
    </message>
    <message>
        <source>打印生长发育报告…</source>
        <translation>Print growth report…</translation>
    </message>
    <message>
        <source>打印专案登记表…</source>
        <translation>Print case file register…</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>本班本次尚未检查（未检）：核对后按 Ctrl+S 保存。</source>
        <translation>This class has not been checked yet (not checked): review and press Ctrl+S to save.</translation>
    </message>
    <message>
        <source>本班 %1 人：出勤 %2，缺勤 %3，发现 %4</source>
        <translation>Class of %1: %2 present, %3 absent, %4 findings</translation>
    </message>
    <message>
        <source>%1：已检 %2/%3</source>
        <translation>%1: checked %2/%3</translation>
    </message>
    <message>
        <source>%1：未检</source>
        <translation>%1: not checked</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved. </translation>
    </message>
    <message>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>检查人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>出勤列按 1 出勤、2 病假、3 事假、4 其他；症状列按 1 发热 2 皮疹 3 咳嗽 4 腹泻 5 呕吐 6 黄疸 7 精神差 8 其他（0 清除）；处理列按 1 观察 2 通知家长 3 离园就医 4 隔离；回车到下一行。</source>
        <translation>Attendance: 1 present, 2 sick, 3 personal leave, 4 other; symptom: 1 fever 2 rash 3 cough 4 diarrhoea 5 vomiting 6 jaundice 7 listless 8 other (0 clears); action: 1 observe 2 tell parents 3 sent to a doctor 4 isolated; Enter goes to the next row.</translation>
    </message>
    <message>
        <source>保存本班 (Ctrl+S)</source>
        <translation>Save the class (Ctrl+S)</translation>
    </message>
    <message>
        <source>各班检查情况</source>
        <translation>Classes checked</translation>
    </message>
</context>
<context>
    <name>ClassWordsPage</name>
    <message>
        <source>导入没有分类列的资产台账时，按资产名称和规格中出现的词（长的优先）推断分类；“类别”列写的是 2010 年版或 2022 年版的大类（通用设备、家具用具装具…）时，先按大类，再在大类内按名称细分。推断的分类记在卡片上，可在资产列表中筛选“分类为推断”核对。</source>
        <translation>A register without a class column is classed by the words in each item&apos;s name and spec (longer words first); a category column with the 2010 or 2022 categories (general equipment, furniture …) gives the category first, then the name refines it. An inferred class is kept on the card: filter the asset list by “Class inferred” to review them.</translation>
    </message>
    <message>
        <source>删除选中的词</source>
        <translation>Delete the selected word</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>分类代码</source>
        <translation>Class code</translation>
    </message>
    <message>
        <source>分类名称</source>
        <translation>Class name</translation>
    </message>
    <message>
        <source>折旧类别</source>
        <translation>Depreciation group</translation>
    </message>
    <message>
        <source>最低折旧年限</source>
        <translation>Minimum years</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>代码依据 GB/T 14885-2022，请按本地财政口径核对；修改名称或折旧类别不影响已有卡片的编号。</source>
        <translation>Codes follow GB/T 14885-2022; check them against your local finance office&apos;s usage. Renaming a class or changing its depreciation group does not change existing cards&apos; codes.</translation>
    </message>
    <message>
        <source>不计提</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>ConsumablesPage</name>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>物品名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Spec</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>库存</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>最低库存</source>
        <translation>Minimum stock</translation>
    </message>
    <message>
        <source>新增物品</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>入库…</source>
        <translation>Stock in…</translation>
    </message>
    <message>
        <source>领用…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <source>月末盘点…</source>
        <translation>Month-end count…</translation>
    </message>
    <message>
        <source>打印库存表</source>
        <translation>Print stock list</translation>
    </message>
    <message>
        <source>打印盘点表</source>
        <translation>Print count sheet</translation>
    </message>
    <message>
        <source>低于最低库存：%1</source>
        <translation>Below minimum stock: %1</translation>
    </message>
    <message>
        <source>月末盘点</source>
        <translation>Month-end count</translation>
    </message>
    <message>
        <source>低值易耗品库存表</source>
        <translation>Consumables stock list</translation>
    </message>
    <message>
        <source>低值易耗品月末盘点表</source>
        <translation>Consumables month-end count</translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <source>月末盘点</source>
        <translation>Month-end count</translation>
    </message>
    <message>
        <source>物品名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Spec</translation>
    </message>
    <message>
        <source>账面数量</source>
        <translation>Book quantity</translation>
    </message>
    <message>
        <source>实盘数量</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>保存盘点结果</source>
        <translation>Save the count</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>只填清点过的物品；空着的物品不记盘点。</source>
        <translation>Fill in only the items you counted; empty ones are not recorded.</translation>
    </message>
</context>
<context>
    <name>DilutionDialog</name>
    <message>
        <source>稀释计算</source>
        <translation>Dilution</translation>
    </message>
    <message>
        <source>原液 %1 毫升，加水 %2 毫升</source>
        <translation>%1 ml of disinfectant and %2 ml of water</translation>
    </message>
    <message>
        <source>84 消毒液等含氯消毒剂的稀释：原液用量 = 目标浓度 × 总量 ÷ 原液浓度（1% = 10000 mg/L）。</source>
        <translation>Diluting a chlorine disinfectant such as 84: disinfectant = target concentration × volume ÷ stock concentration (1 % = 10,000 mg/L).</translation>
    </message>
    <message>
        <source>原液有效氯含量（%）</source>
        <translation>Available chlorine of the stock (%)</translation>
    </message>
    <message>
        <source>目标浓度（mg/L）</source>
        <translation>Target concentration (mg/L)</translation>
    </message>
    <message>
        <source>配制总量（升）</source>
        <translation>Volume to make (litres)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>搜索（可打拼音首字母）…</source>
        <translation>Search (pinyin initials too)…</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>共 %1 条</source>
        <translation>%1 in all</translation>
    </message>
    <message>
        <source>，显示 %1 条</source>
        <translation>, %1 shown</translation>
    </message>
    <message>
        <source>新增%1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <source>修改%1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>已保存“%1”。新增%2：</source>
        <translation>Saved “%1”. New %2:</translation>
    </message>
    <message>
        <source>确定删除“%1”吗？</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <source>不能删除</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>DiseasesPage</name>
    <message>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>病名</source>
        <translation>Disease</translation>
    </message>
    <message>
        <source>发病</source>
        <translation>Onset</translation>
    </message>
    <message>
        <source>隔离</source>
        <translation>Isolation</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>State</translation>
    </message>
    <message>
        <source>隔离期</source>
        <translation>Isolation</translation>
    </message>
    <message>
        <source>观察期</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>已复课 %1</source>
        <translation>Back %1</translation>
    </message>
    <message>
        <source>隔离期满，待查验复课证明</source>
        <translation>Isolation over, certificate to check</translation>
    </message>
    <message>
        <source>隔离中</source>
        <translation>Isolated</translation>
    </message>
    <message>
        <source>%1后 %2 天</source>
        <translation>%2 days after %1</translation>
    </message>
    <message>
        <source>按医嘱</source>
        <translation>As the doctor orders</translation>
    </message>
    <message>
        <source>%1 天</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>新病例：选择班级、姓名和病名；隔离结束与观察期留空时按病种表计算</source>
        <translation>New case: choose the class, the name and the disease; an empty isolation end or observation end is taken from the disease table</translation>
    </message>
    <message>
        <source>%1（%2）%3，%4 发病</source>
        <translation>%1 (%2) %3, onset %4</translation>
    </message>
    <message>
        <source>未保存：请按提示修改</source>
        <translation>Not saved: correct what is marked</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>请先在上方选中已复课的一例</source>
        <translation>First select a case that is back at school above</translation>
    </message>
    <message>
        <source>病种</source>
        <translation>Disease</translation>
    </message>
    <message>
        <source>传染病登记（复课须凭复课证明，由保健医查验）</source>
        <translation>Infectious disease register (a return needs a certificate checked by the school doctor)</translation>
    </message>
    <message>
        <source>显示已复课的</source>
        <translation>Show the cases back at school</translation>
    </message>
    <message>
        <source>新增病例</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>打印本月登记表…</source>
        <translation>Print this month&apos;s register…</translation>
    </message>
    <message>
        <source>本学期发病统计…</source>
        <translation>This term&apos;s statistics…</translation>
    </message>
    <message>
        <source>打印复课查验证明…</source>
        <translation>Print the return check…</translation>
    </message>
    <message>
        <source>病种：隔离期与班级医学观察期（默认值，可修改）</source>
        <translation>Diseases: isolation and the class&apos;s observation period (defaults, editable)</translation>
    </message>
    <message>
        <source>修改病种…</source>
        <translation>Edit disease…</translation>
    </message>
    <message>
        <source>新增病种…</source>
        <translation>New disease…</translation>
    </message>
    <message>
        <source>病例</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>隔离、复课与处理</source>
        <translation>Isolation, return and measures</translation>
    </message>
    <message>
        <source>保存登记</source>
        <translation>Save case</translation>
    </message>
</context>
<context>
    <name>DisinfectionMinimumsPage</name>
    <message>
        <source>默认值依据：%1；同一区域/对象和方法只有一行，保存即更新。</source>
        <translation>Defaults from: %1. One row per object and method: saving updates it.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>DisinfectionPage</name>
    <message>
        <source>稀释计算…</source>
        <translation>Dilution…</translation>
    </message>
</context>
<context>
    <name>DrillsPage</name>
    <message>
        <source>演练科目</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>参加人数</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>组织人</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>保存演练记录</source>
        <translation>Save drill</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>疏散用时</source>
        <translation>Evacuation time</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>打印演练记录</source>
        <translation>Print drill log</translation>
    </message>
</context>
<context>
    <name>ExamsPage</name>
    <message>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Examination</translation>
    </message>
    <message>
        <source>上次</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>应检日期</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>State</translation>
    </message>
    <message>
        <source>全校</source>
        <translation>Whole school</translation>
    </message>
    <message>
        <source>无记录</source>
        <translation>None on record</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>%1 天后到期</source>
        <translation>Due in %1 days</translation>
    </message>
    <message>
        <source>共 %1 人次，其中逾期 %2 人次。</source>
        <translation>%1 in all, %2 overdue.</translation>
    </message>
    <message>
        <source>一个月内没有到期的体检。</source>
        <translation>No examination due within a month.</translation>
    </message>
    <message>
        <source>一个月内到期和已逾期的体检（逾期为红色）：入园体检、定期体检（1–3 岁每半年、3 岁起每年）、血红蛋白（幼儿园每年）、视力筛查（4 岁起每年）、返园体检（离园 3 个月以上返回的幼儿）。</source>
        <translation>Examinations due within a month or overdue (overdue in red): entry, periodic (every 6 months at 1–3, yearly from 3), haemoglobin (yearly in kindergartens), vision (yearly from 4), re-examination of a child back after more than 3 months away.</translation>
    </message>
</context>
<context>
    <name>ExtinguisherKindsPage</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>默认值依据：%1</source>
        <translation>Defaults from: %1</translation>
    </message>
</context>
<context>
    <name>ExtinguishersPage</name>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>放置位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>生产日期</source>
        <translation>Manufactured</translation>
    </message>
    <message>
        <source>下次维修</source>
        <translation>Next repair</translation>
    </message>
    <message>
        <source>报废日期</source>
        <translation>Scrap date</translation>
    </message>
    <message>
        <source>最近月检</source>
        <translation>Last monthly check</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>新增…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>月检…</source>
        <translation>Monthly check…</translation>
    </message>
    <message>
        <source>送修…</source>
        <translation>Repair…</translation>
    </message>
    <message>
        <source>报废…</source>
        <translation>Scrap…</translation>
    </message>
    <message>
        <source>打印台账</source>
        <translation>Print ledger</translation>
    </message>
    <message>
        <source>%1，本月未月检</source>
        <translation>%1, not checked this month</translation>
    </message>
    <message>
        <source>未检查</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>在用 %1 具；本月未月检 %2 具；应维修或报废 %3 具（红色为需处理）</source>
        <translation>%1 in use; %2 not checked this month; %3 due for repair or scrapping (red needs action)</translation>
    </message>
    <message>
        <source>新增灭火器</source>
        <translation>New extinguisher</translation>
    </message>
    <message>
        <source>修改灭火器</source>
        <translation>Edit extinguisher</translation>
    </message>
    <message>
        <source>月检：%1（%2）</source>
        <translation>Monthly check: %1 (%2)</translation>
    </message>
    <message>
        <source>检查不合格，已登记隐患，请到“隐患整改”跟踪。</source>
        <translation>Check failed: a hazard was registered; follow it up under Hazards.</translation>
    </message>
    <message>
        <source>送修（维修、再充装）</source>
        <translation>Repair (service, recharge)</translation>
    </message>
    <message>
        <source>报废</source>
        <translation>Scrap</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <source>%1：本月收入 %2 元，支出 %3 元（含进货 %4 元）；本学期结余 %5 元%6</source>
        <translation>%1: income %2 yuan this month, expenses %3 yuan (purchases %4 yuan); term balance %5 yuan%6</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>小学</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <source>幼儿园</source>
        <translation>Kindergarten</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>学校名称</source>
        <translation>School name</translation>
    </message>
    <message>
        <source>学校类型</source>
        <translation>School type</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>供货单位名称</source>
        <translation>Supplier name</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>许可证/营业执照编号</source>
        <translation>Licence no.</translation>
    </message>
    <message>
        <source>许可证有效期至</source>
        <translation>Licence valid until</translation>
    </message>
    <message>
        <source>供应品种（如 蔬菜、肉类）</source>
        <translation>Supplies (e.g. vegetables, meat)</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>许可证编号</source>
        <translation>Licence no.</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>供应品种</source>
        <translation>Supplies</translation>
    </message>
    <message>
        <source>持证人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>健康证编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <source>学期</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>学期名称</source>
        <translation>Term name</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>当前学期</source>
        <translation>Current term</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再输入一次密码</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>在职</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>房间名称</source>
        <translation>Room name</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>楼层</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>计量单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>单价（元）</source>
        <translation>Unit price (yuan)</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>取得日期</source>
        <translation>Acquired on</translation>
    </message>
    <message>
        <source>取得方式</source>
        <translation>Acquired by</translation>
    </message>
    <message>
        <source>经费来源</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>发票号</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <source>供应商</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>使用部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>使用年限</source>
        <translation>Service years</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>调入地点</source>
        <translation>To room</translation>
    </message>
    <message>
        <source>接收保管人</source>
        <translation>Receiving custodian</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>生产厂家</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>出厂编号</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>财务入账日期</source>
        <translation>Booked on</translation>
    </message>
    <message>
        <source>会计凭证号</source>
        <translation>Voucher no.</translation>
    </message>
    <message>
        <source>账面累计折旧（元）</source>
        <translation>Accumulated depreciation in the books (yuan)</translation>
    </message>
    <message>
        <source>账面净值（元）</source>
        <translation>Net value in the books (yuan)</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>领用人</source>
        <translation>Issued to</translation>
    </message>
    <message>
        <source>使用地点</source>
        <translation>Place of use</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>归还到</source>
        <translation>Return to</translation>
    </message>
    <message>
        <source>借用人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>应还日期</source>
        <translation>Due back</translation>
    </message>
    <message>
        <source>借出日期</source>
        <translation>Lent on</translation>
    </message>
    <message>
        <source>归还日期</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <source>归还情况</source>
        <translation>Condition on return</translation>
    </message>
    <message>
        <source>故障情况</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>报修日期</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>已修复</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <source>维修费用（元）</source>
        <translation>Repair cost (yuan)</translation>
    </message>
    <message>
        <source>维修单位</source>
        <translation>Repairer</translation>
    </message>
    <message>
        <source>报废原因</source>
        <translation>Reason for scrapping</translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>鉴定/审批/处置单位或人</source>
        <translation>Appraiser / approver / disposer</translation>
    </message>
    <message>
        <source>意见或处置方式</source>
        <translation>Opinion or disposal</translation>
    </message>
    <message>
        <source>残值收入（元）</source>
        <translation>Salvage income (yuan)</translation>
    </message>
    <message>
        <source>审批签字的校长（审批一步）</source>
        <translation>Principal signing the approval (approval step)</translation>
    </message>
    <message>
        <source>校长本人密码</source>
        <translation>Principal&apos;s own password</translation>
    </message>
    <message>
        <source>赔偿人</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>赔偿金额（元）</source>
        <translation>Compensation (yuan)</translation>
    </message>
    <message>
        <source>损坏情况</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>物品名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>最低库存</source>
        <translation>Minimum stock</translation>
    </message>
    <message>
        <source>入库数量</source>
        <translation>Quantity in</translation>
    </message>
    <message>
        <source>领用数量</source>
        <translation>Quantity issued</translation>
    </message>
    <message>
        <source>以旧换新（已交回旧物）</source>
        <translation>Trade-in (old one handed back)</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>年级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>班主任</source>
        <translation>Head teacher</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>存放地点</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>分类代码（前几位即可）</source>
        <translation>Class code (leading digits are enough)</translation>
    </message>
    <message>
        <source>使用状况</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>Group by</translation>
    </message>
    <message>
        <source>资产编号</source>
        <translation>Asset code</translation>
    </message>
    <message>
        <source>标签规格</source>
        <translation>Label sheet</translation>
    </message>
    <message>
        <source>从第几张标签开始</source>
        <translation>Start at label no.</translation>
    </message>
    <message>
        <source>只打印这些编号（逗号分隔）</source>
        <translation>Only these codes (comma-separated)</translation>
    </message>
    <message>
        <source>月份（如 2026-09）</source>
        <translation>Month (e.g. 2026-09)</translation>
    </message>
    <message>
        <source>资产名称</source>
        <translation>Asset name</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>保管人</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>借用</source>
        <translation>On loan</translation>
    </message>
    <message>
        <source>许可证/营业执照</source>
        <translation>Licence / business licence</translation>
    </message>
    <message>
        <source>购货凭证</source>
        <translation>Purchase voucher</translation>
    </message>
    <message>
        <source>检验合格证明</source>
        <translation>Inspection certificate</translation>
    </message>
    <message>
        <source>动物检疫证明</source>
        <translation>Animal quarantine certificate</translation>
    </message>
    <message>
        <source>品名</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Spec</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>批号</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>生产日期</source>
        <translation>Produced</translation>
    </message>
    <message>
        <source>保质期(天)</source>
        <translation>Shelf life (days)</translation>
    </message>
    <message>
        <source>保质期至</source>
        <translation>Use by</translation>
    </message>
    <message>
        <source>感官</source>
        <translation>Sensory</translation>
    </message>
    <message>
        <source>贮存</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>温度℃</source>
        <translation>Temp. ℃</translation>
    </message>
    <message>
        <source>拒收数量</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>拒收原因</source>
        <translation>Reason rejected</translation>
    </message>
    <message>
        <source>更正内容</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>更正人</source>
        <translation>Corrected by</translation>
    </message>
    <message>
        <source>餐次</source>
        <translation>Meal</translation>
    </message>
    <message>
        <source>餐具</source>
        <translation>Tableware</translation>
    </message>
    <message>
        <source>消毒方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>开始时间（如 12:40）</source>
        <translation>Start (e.g. 12:40)</translation>
    </message>
    <message>
        <source>结束时间</source>
        <translation>End</translation>
    </message>
    <message>
        <source>消毒人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>起止时间</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>时间不足</source>
        <translation>Too short</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>保存消毒记录</source>
        <translation>Save disinfection</translation>
    </message>
    <message>
        <source>陪餐人</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>早餐</source>
        <translation>Breakfast</translation>
    </message>
    <message>
        <source>午餐</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>午点</source>
        <translation>Afternoon snack</translation>
    </message>
    <message>
        <source>晚餐</source>
        <translation>Dinner</translation>
    </message>
    <message>
        <source>优</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>良</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>中</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>差</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>饭菜质量</source>
        <translation>Food quality</translation>
    </message>
    <message>
        <source>卫生</source>
        <translation>Hygiene</translation>
    </message>
    <message>
        <source>秩序</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>处理意见</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>保存陪餐记录</source>
        <translation>Save accompanying meal</translation>
    </message>
    <message>
        <source>账户</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>收支</source>
        <translation>In/out</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>收入</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>支出</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>伙食费收入</source>
        <translation>Meal fees received</translation>
    </message>
    <message>
        <source>财政补助</source>
        <translation>Government subsidy</translation>
    </message>
    <message>
        <source>其他收入</source>
        <translation>Other income</translation>
    </message>
    <message>
        <source>调味品及零星食材</source>
        <translation>Seasonings and small items</translation>
    </message>
    <message>
        <source>燃料</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <source>其他支出</source>
        <translation>Other expenses</translation>
    </message>
    <message>
        <source>教职工伙食</source>
        <translation>Staff meals</translation>
    </message>
    <message>
        <source>幼儿伙食</source>
        <translation>Children&apos;s meals</translation>
    </message>
    <message>
        <source>学生伙食</source>
        <translation>Pupils&apos; meals</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>登记收支</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>消防安全检查（季度）</source>
        <translation>Fire safety inspection (quarterly)</translation>
    </message>
    <message>
        <source>疏散演练</source>
        <translation>Evacuation drill</translation>
    </message>
    <message>
        <source>巡查表（空着为每日防火巡查；多个用逗号分隔）</source>
        <translation>Checklist (empty: daily fire patrol; several separated by commas)</translation>
    </message>
    <message>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>巡查记录编号</source>
        <translation>Patrol record number</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>隐患编号（如 YH2026-001）</source>
        <translation>Hazard number (e.g. YH2026-001)</translation>
    </message>
    <message>
        <source>蒸汽</source>
        <translation>Steam</translation>
    </message>
    <message>
        <source>煮沸</source>
        <translation>Boiling</translation>
    </message>
    <message>
        <source>红外（120 ℃）</source>
        <translation>Infrared (120 °C)</translation>
    </message>
    <message>
        <source>含氯消毒剂（250 mg/L）</source>
        <translation>Chlorine disinfectant (250 mg/L)</translation>
    </message>
    <message>
        <source>洗碗机高温</source>
        <translation>Dishwasher, high temperature</translation>
    </message>
    <message>
        <source>每日</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>每周</source>
        <translation>weekly</translation>
    </message>
    <message>
        <source>每月</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>每季度</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <source>不定期</source>
        <translation>as needed</translation>
    </message>
    <message>
        <source>手足口病</source>
        <translation>Hand, foot and mouth disease</translation>
    </message>
    <message>
        <source>诺如病毒感染</source>
        <translation>Norovirus infection</translation>
    </message>
    <message>
        <source>细菌性痢疾</source>
        <translation>Bacillary dysentery</translation>
    </message>
    <message>
        <source>急性出血性结膜炎</source>
        <translation>Acute haemorrhagic conjunctivitis</translation>
    </message>
    <message>
        <source>流感样病例</source>
        <translation>Influenza-like illness</translation>
    </message>
    <message>
        <source>猩红热</source>
        <translation>Scarlet fever</translation>
    </message>
    <message>
        <source>麻疹</source>
        <translation>Measles</translation>
    </message>
    <message>
        <source>风疹</source>
        <translation>Rubella</translation>
    </message>
    <message>
        <source>流行性腮腺炎</source>
        <translation>Mumps</translation>
    </message>
    <message>
        <source>水痘</source>
        <translation>Chickenpox</translation>
    </message>
    <message>
        <source>发病日</source>
        <translation>onset</translation>
    </message>
    <message>
        <source>诊断日</source>
        <translation>diagnosis</translation>
    </message>
    <message>
        <source>症状消失日</source>
        <translation>end of symptoms</translation>
    </message>
    <message>
        <source>紫外线</source>
        <translation>UV lamp</translation>
    </message>
    <message>
        <source>含氯</source>
        <translation>Chlorine</translation>
    </message>
    <message>
        <source>日晒</source>
        <translation>Sunlight</translation>
    </message>
    <message>
        <source>通风</source>
        <translation>Airing</translation>
    </message>
    <message>
        <source>活动室、寝室（空气）</source>
        <translation>Rooms (air)</translation>
    </message>
    <message>
        <source>餐具、水杯</source>
        <translation>Tableware and cups</translation>
    </message>
    <message>
        <source>毛巾</source>
        <translation>Towels</translation>
    </message>
    <message>
        <source>玩具</source>
        <translation>Toys</translation>
    </message>
    <message>
        <source>图书</source>
        <translation>Books</translation>
    </message>
    <message>
        <source>厕所、便盆</source>
        <translation>Toilets and potties</translation>
    </message>
    <message>
        <source>巡查表名称（区域）</source>
        <translation>Checklist name (area)</translation>
    </message>
    <message>
        <source>频次</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>隐患默认类别</source>
        <translation>Default hazard category</translation>
    </message>
    <message>
        <source>需复核人签字</source>
        <translation>Reviewer signs</translation>
    </message>
    <message>
        <source>下</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>中下</source>
        <translation>Below average</translation>
    </message>
    <message>
        <source>中上</source>
        <translation>Above average</translation>
    </message>
    <message>
        <source>上</source>
        <translation>High</translation>
    </message>
    <message>
        <source>低体重</source>
        <translation>Underweight</translation>
    </message>
    <message>
        <source>重度低体重</source>
        <translation>Severely underweight</translation>
    </message>
    <message>
        <source>生长迟缓</source>
        <translation>Stunted</translation>
    </message>
    <message>
        <source>重度生长迟缓</source>
        <translation>Severely stunted</translation>
    </message>
    <message>
        <source>消瘦</source>
        <translation>Wasted</translation>
    </message>
    <message>
        <source>轻度消瘦</source>
        <translation>Mildly wasted</translation>
    </message>
    <message>
        <source>中重度消瘦</source>
        <translation>Moderately or severely wasted</translation>
    </message>
    <message>
        <source>重度消瘦</source>
        <translation>Severely wasted</translation>
    </message>
    <message>
        <source>超重</source>
        <translation>Overweight</translation>
    </message>
    <message>
        <source>肥胖</source>
        <translation>Obese</translation>
    </message>
    <message>
        <source>重度肥胖</source>
        <translation>Severely obese</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>年龄别体重</source>
        <translation>Weight-for-age</translation>
    </message>
    <message>
        <source>年龄别身高</source>
        <translation>Height-for-age</translation>
    </message>
    <message>
        <source>身高别体重</source>
        <translation>Weight-for-height</translation>
    </message>
    <message>
        <source>年龄别BMI</source>
        <translation>BMI-for-age</translation>
    </message>
    <message>
        <source>年龄别头围</source>
        <translation>Head circumference-for-age</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>BMI</translation>
    </message>
    <message>
        <source>身高</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>2 岁以下的身长别体重未评价（未收该表）</source>
        <translation>Weight-for-length under 2 not evaluated (table not shipped)</translation>
    </message>
    <message>
        <source>该年龄的消瘦界值未收，未评价消瘦</source>
        <translation>No wasting cut-off shipped for this age: wasting not evaluated</translation>
    </message>
    <message>
        <source>12.5 岁起的生长迟缓界值未收，未评价生长迟缓</source>
        <translation>No stunting cut-offs shipped from 12.5 years: stunting not evaluated</translation>
    </message>
    <message>
        <source>异常</source>
        <translation>Abnormal</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>消防安全</source>
        <translation>Fire safety</translation>
    </message>
    <message>
        <source>资产管理</source>
        <translation>Asset management</translation>
    </message>
    <message>
        <source>用电安全</source>
        <translation>Electrical safety</translation>
    </message>
    <message>
        <source>设施设备</source>
        <translation>Facilities and equipment</translation>
    </message>
    <message>
        <source>校舍安全</source>
        <translation>School buildings</translation>
    </message>
    <message>
        <source>食品安全</source>
        <translation>Food safety</translation>
    </message>
    <message>
        <source>治安安全</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>周边安全</source>
        <translation>Surroundings</translation>
    </message>
    <message>
        <source>待整改</source>
        <translation>To rectify</translation>
    </message>
    <message>
        <source>整改中</source>
        <translation>Rectifying</translation>
    </message>
    <message>
        <source>待复查</source>
        <translation>To re-check</translation>
    </message>
    <message>
        <source>已销号</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>巡查次数</source>
        <translation>Patrols</translation>
    </message>
    <message>
        <source>期内登记的巡查记录（各巡查表合计）</source>
        <translation>Patrol records in the term (all checklists)</translation>
    </message>
    <message>
        <source>每日巡查覆盖率</source>
        <translation>Daily patrol coverage</translation>
    </message>
    <message>
        <source>季度消防安全检查</source>
        <translation>Quarterly fire inspections</translation>
    </message>
    <message>
        <source>每季度巡查表的记录次数</source>
        <translation>Records of the quarterly checklists</translation>
    </message>
    <message>
        <source>发现隐患</source>
        <translation>Hazards found</translation>
    </message>
    <message>
        <source>期内发现日期的隐患</source>
        <translation>Hazards found in the term</translation>
    </message>
    <message>
        <source>其中已复查销号的</source>
        <translation>Of these, re-checked and closed</translation>
    </message>
    <message>
        <source>逾期未销号</source>
        <translation>Overdue, not closed</translation>
    </message>
    <message>
        <source>过整改期限仍未销号的</source>
        <translation>Past their deadline and not closed</translation>
    </message>
    <message>
        <source>次</source>
        <translation>times</translation>
    </message>
    <message>
        <source>每周巡查次数（开学第几周）</source>
        <translation>Patrols per week (week of the term)</translation>
    </message>
    <message>
        <source>每月发现隐患</source>
        <translation>Hazards found per month</translation>
    </message>
    <message>
        <source>项</source>
        <translation>items</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>闲置</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>维修中</source>
        <translation>Under repair</translation>
    </message>
    <message>
        <source>待报废</source>
        <translation>Awaiting scrapping</translation>
    </message>
    <message>
        <source>丢失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>购置</source>
        <translation>Purchased</translation>
    </message>
    <message>
        <source>调拨</source>
        <translation>Transferred in</translation>
    </message>
    <message>
        <source>捐赠</source>
        <translation>Donated</translation>
    </message>
    <message>
        <source>自建</source>
        <translation>Built by the school</translation>
    </message>
    <message>
        <source>技术落后或无修复价值</source>
        <translation>Obsolete or not worth repairing</translation>
    </message>
    <message>
        <source>盘亏或非正常损失</source>
        <translation>Missing at stocktake or abnormal loss</translation>
    </message>
    <message>
        <source>超过使用年限且无法使用</source>
        <translation>Past its service life and unusable</translation>
    </message>
    <message>
        <source>因不可抗力毁损</source>
        <translation>Destroyed by force majeure</translation>
    </message>
    <message>
        <source>办公用品</source>
        <translation>Office supplies</translation>
    </message>
    <message>
        <source>清洁用品</source>
        <translation>Cleaning supplies</translation>
    </message>
    <message>
        <source>教学耗材</source>
        <translation>Teaching consumables</translation>
    </message>
    <message>
        <source>维修材料</source>
        <translation>Repair materials</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>应维修</source>
        <translation>Repair due</translation>
    </message>
    <message>
        <source>应报废</source>
        <translation>Scrap due</translation>
    </message>
    <message>
        <source>已报废</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <source>修改原因（延期时必填）</source>
        <translation>Reason for the change (required for a new deadline)</translation>
    </message>
    <message>
        <source>发现人</source>
        <translation>Found by</translation>
    </message>
    <message>
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>放置位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>预防性</source>
        <translation>Preventive</translation>
    </message>
    <message>
        <source>终末</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>开始时间（如 16:30）</source>
        <translation>Started (e.g. 16:30)</translation>
    </message>
    <message>
        <source>区域/对象</source>
        <translation>Area / objects</translation>
    </message>
    <message>
        <source>具体地点或物品（如 小一班活动室）</source>
        <translation>Place or things (e.g. the class room)</translation>
    </message>
    <message>
        <source>方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>实测浓度（mg/L，含氯时必填）</source>
        <translation>Measured concentration (mg/L, for chlorine)</translation>
    </message>
    <message>
        <source>时长（分钟）</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>执行人</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>检查人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>浓度（mg/L）</source>
        <translation>mg/L</translation>
    </message>
    <message>
        <source>不符合之处</source>
        <translation>Falls short</translation>
    </message>
    <message>
        <source>最短时间（分钟）</source>
        <translation>Least minutes</translation>
    </message>
    <message>
        <source>最低浓度（mg/L）</source>
        <translation>Least mg/L</translation>
    </message>
    <message>
        <source>最高浓度（mg/L）</source>
        <translation>Most mg/L</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>出厂后首次维修（年）</source>
        <translation>First repair after (years)</translation>
    </message>
    <message>
        <source>此后每隔（年）</source>
        <translation>Then every (years)</translation>
    </message>
    <message>
        <source>报废年限（年）</source>
        <translation>Scrap after (years)</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>重大</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>检查项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>隐患部位</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>隐患情况</source>
        <translation>Hazard</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>整改责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>整改情况</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>不通过原因</source>
        <translation>Why it failed</translation>
    </message>
    <message>
        <source>复查人</source>
        <translation>Re-checked by</translation>
    </message>
    <message>
        <source>复查人本人密码</source>
        <translation>Re-checker&apos;s own password</translation>
    </message>
    <message>
        <source>周（该周任一天，如 2026-11-23）</source>
        <translation>Week (any day of it, e.g. 2026-11-23)</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>压力表指针在绿区</source>
        <translation>Gauge in the green</translation>
    </message>
    <message>
        <source>铅封完好</source>
        <translation>Seal intact</translation>
    </message>
    <message>
        <source>喷管完好</source>
        <translation>Hose intact</translation>
    </message>
    <message>
        <source>筒体无锈蚀变形</source>
        <translation>No rust or dents</translation>
    </message>
    <message>
        <source>计算机设备</source>
        <translation>Computers</translation>
    </message>
    <message>
        <source>办公设备</source>
        <translation>Office equipment</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>家具</source>
        <translation>Furniture</translation>
    </message>
    <message>
        <source>用具、装具</source>
        <translation>Utensils and fittings</translation>
    </message>
    <message>
        <source>专用设备</source>
        <translation>Special equipment</translation>
    </message>
    <message>
        <source>砖混结构房屋</source>
        <translation>Brick buildings</translation>
    </message>
    <message>
        <source>钢结构、钢筋混凝土房屋</source>
        <translation>Steel or reinforced-concrete buildings</translation>
    </message>
    <message>
        <source>不计提折旧（图书、文物、动植物）</source>
        <translation>Not depreciated (books, relics, plants and animals)</translation>
    </message>
    <message>
        <source>分类代码</source>
        <translation>Class code</translation>
    </message>
    <message>
        <source>词语</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>分类名称</source>
        <translation>Class name</translation>
    </message>
    <message>
        <source>用于</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>词语（资产名称或规格中出现即用此分类）</source>
        <translation>Word (when in an item&apos;s name or spec, this class)</translation>
    </message>
    <message>
        <source>类别词（表中“类别”列的整格内容，如 通用设备）</source>
        <translation>Category word (the whole cell of a category column, such as general equipment)</translation>
    </message>
    <message>
        <source>折旧类别</source>
        <translation>Depreciation group</translation>
    </message>
    <message>
        <source>菜品</source>
        <translation>Dish</translation>
    </message>
    <message>
        <source>重量（克）</source>
        <translation>Weight (g)</translation>
    </message>
    <message>
        <source>留样人</source>
        <translation>Sampled by</translation>
    </message>
    <message>
        <source>出库日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>出库数量</source>
        <translation>Quantity out</translation>
    </message>
    <message>
        <source>演练日期</source>
        <translation>Drill date</translation>
    </message>
    <message>
        <source>演练科目</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>火灾疏散</source>
        <translation>Fire evacuation</translation>
    </message>
    <message>
        <source>地震应急疏散</source>
        <translation>Earthquake evacuation</translation>
    </message>
    <message>
        <source>防踩踏疏散</source>
        <translation>Crowd-crush evacuation</translation>
    </message>
    <message>
        <source>防暴演练</source>
        <translation>Intruder drill</translation>
    </message>
    <message>
        <source>参加人数</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>疏散用时（秒）</source>
        <translation>Evacuation time (seconds)</translation>
    </message>
    <message>
        <source>组织人</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>发现的问题及改进</source>
        <translation>Problems found and improvements</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>来访事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>被访人</source>
        <translation>Visiting</translation>
    </message>
    <message>
        <source>过账说明</source>
        <translation>Posting note</translation>
    </message>
    <message>
        <source>本人密码（签字）</source>
        <translation>Your password (signature)</translation>
    </message>
    <message>
        <source>物品描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>重置价值（元）</source>
        <translation>Replacement value (yuan)</translation>
    </message>
    <message>
        <source>应还</source>
        <translation>due</translation>
    </message>
    <message>
        <source>（未完结）</source>
        <translation>(open)</translation>
    </message>
    <message>
        <source>新增资产</source>
        <translation>Assets added</translation>
    </message>
    <message>
        <source>取得日期在期内的卡片</source>
        <translation>Cards acquired in the term</translation>
    </message>
    <message>
        <source>报废处置</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <source>期内完成报废处置的卡片（原值）</source>
        <translation>Cards whose disposal was completed in the term (original value)</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>男</source>
        <translation>M</translation>
    </message>
    <message>
        <source>女</source>
        <translation>F</translation>
    </message>
    <message>
        <source>晨检</source>
        <translation>Morning check</translation>
    </message>
    <message>
        <source>午检</source>
        <translation>Noon check</translation>
    </message>
    <message>
        <source>发热</source>
        <translation>Fever</translation>
    </message>
    <message>
        <source>皮疹</source>
        <translation>Rash</translation>
    </message>
    <message>
        <source>咳嗽</source>
        <translation>Cough</translation>
    </message>
    <message>
        <source>腹泻</source>
        <translation>Diarrhoea</translation>
    </message>
    <message>
        <source>呕吐</source>
        <translation>Vomiting</translation>
    </message>
    <message>
        <source>黄疸</source>
        <translation>Jaundice</translation>
    </message>
    <message>
        <source>精神差</source>
        <translation>Listless</translation>
    </message>
    <message>
        <source>观察</source>
        <translation>Observe</translation>
    </message>
    <message>
        <source>通知家长</source>
        <translation>Parents told</translation>
    </message>
    <message>
        <source>离园就医</source>
        <translation>Sent to a doctor</translation>
    </message>
    <message>
        <source>隔离</source>
        <translation>Isolated</translation>
    </message>
    <message>
        <source>病假</source>
        <translation>Sick</translation>
    </message>
    <message>
        <source>事假</source>
        <translation>Personal leave</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>体重</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>头围</source>
        <translation>Head circumference</translation>
    </message>
    <message>
        <source>腰围</source>
        <translation>Waist</translation>
    </message>
    <message>
        <source>臀围</source>
        <translation>Hip</translation>
    </message>
    <message>
        <source>左眼视力</source>
        <translation>Vision (left)</translation>
    </message>
    <message>
        <source>右眼视力</source>
        <translation>Vision (right)</translation>
    </message>
    <message>
        <source>入园体检</source>
        <translation>Entry examination</translation>
    </message>
    <message>
        <source>定期体检</source>
        <translation>Periodic examination</translation>
    </message>
    <message>
        <source>血红蛋白</source>
        <translation>Haemoglobin</translation>
    </message>
    <message>
        <source>视力筛查</source>
        <translation>Vision screening</translation>
    </message>
    <message>
        <source>返园体检</source>
        <translation>Re-examination after absence</translation>
    </message>
    <message>
        <source>龋齿数</source>
        <translation>Decayed teeth</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>测量日期</source>
        <translation>Date measured</translation>
    </message>
    <message>
        <source>身高(cm)</source>
        <translation>Height (cm)</translation>
    </message>
    <message>
        <source>体重(kg)</source>
        <translation>Weight (kg)</translation>
    </message>
    <message>
        <source>头围(cm)</source>
        <translation>Head circumference (cm)</translation>
    </message>
    <message>
        <source>腰围(cm)</source>
        <translation>Waist (cm)</translation>
    </message>
    <message>
        <source>臀围(cm)</source>
        <translation>Hip (cm)</translation>
    </message>
    <message>
        <source>血红蛋白(g/L)</source>
        <translation>Haemoglobin (g/L)</translation>
    </message>
    <message>
        <source>测量人</source>
        <translation>Measured by</translation>
    </message>
    <message>
        <source>家长</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>家长电话</source>
        <translation>Guardian&apos;s phone</translation>
    </message>
    <message>
        <source>过敏及疾病提示</source>
        <translation>Allergies and conditions</translation>
    </message>
    <message>
        <source>入园/入学日期</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>%1岁%2月</source>
        <translation>%1 y %2 m</translation>
    </message>
    <message>
        <source>%1岁</source>
        <translation>%1 y</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>出勤</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>症状</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>体温℃</source>
        <translation>Temp. °C</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>收缴危险物品</source>
        <translation>Dangerous item taken</translation>
    </message>
    <message>
        <source>病名</source>
        <translation>Disease</translation>
    </message>
    <message>
        <source>发病日期</source>
        <translation>Onset</translation>
    </message>
    <message>
        <source>诊断日期（如 2026-11-24）</source>
        <translation>Diagnosed on (e.g. 2026-11-24)</translation>
    </message>
    <message>
        <source>诊断医院</source>
        <translation>Diagnosed at</translation>
    </message>
    <message>
        <source>症状消失日期</source>
        <translation>Symptoms ended on</translation>
    </message>
    <message>
        <source>离园/离校日期</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>隔离开始（空为离园日或发病日）</source>
        <translation>Isolation from (empty: the day left or the onset)</translation>
    </message>
    <message>
        <source>隔离结束（空为按病种默认）</source>
        <translation>Isolation until (empty: the disease&apos;s default)</translation>
    </message>
    <message>
        <source>返校日期（须先查验复课证明）</source>
        <translation>Back on (the certificate checked first)</translation>
    </message>
    <message>
        <source>复课证明开具医院</source>
        <translation>Certificate issued by</translation>
    </message>
    <message>
        <source>复课证明查验人</source>
        <translation>Certificate checked by</translation>
    </message>
    <message>
        <source>班级医学观察至（空为按病种默认）</source>
        <translation>Class observed until (empty: the disease&apos;s default)</translation>
    </message>
    <message>
        <source>终末消毒日期</source>
        <translation>Terminal disinfection on</translation>
    </message>
    <message>
        <source>终末消毒执行人</source>
        <translation>Terminal disinfection by</translation>
    </message>
    <message>
        <source>隔离天数（不确定留空）</source>
        <translation>Isolation days (empty if unsure)</translation>
    </message>
    <message>
        <source>起算</source>
        <translation>Counted from</translation>
    </message>
    <message>
        <source>隔离要求</source>
        <translation>Isolation until</translation>
    </message>
    <message>
        <source>班级医学观察天数</source>
        <translation>Class observation days</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>原班级</source>
        <translation>From class</translation>
    </message>
    <message>
        <source>调入班级</source>
        <translation>To class</translation>
    </message>
    <message>
        <source>全校</source>
        <translation>Whole school</translation>
    </message>
    <message>
        <source>待报告</source>
        <translation>To report</translation>
    </message>
    <message>
        <source>已报告</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>已排除</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>报告给</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <source>区疾控中心</source>
        <translation>District CDC</translation>
    </message>
    <message>
        <source>教育局</source>
        <translation>Education bureau</translation>
    </message>
    <message>
        <source>社区卫生服务中心</source>
        <translation>Community health centre</translation>
    </message>
    <message>
        <source>报告人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>报告时间（如 2026-11-24 09:30）</source>
        <translation>Reported at (e.g. 2026-11-24 09:30)</translation>
    </message>
    <message>
        <source>排除原因</source>
        <translation>Why dismissed</translation>
    </message>
    <message>
        <source>规则名称</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>症状（顿号分隔；按病种计的规则留空）</source>
        <translation>Symptoms (separated by 、; empty for a disease rule)</translation>
    </message>
    <message>
        <source>病种（聚集性疫情，按传染病登记计）</source>
        <translation>Disease (a cluster, counted from the register)</translation>
    </message>
    <message>
        <source>连续天数</source>
        <translation>Days in a row</translation>
    </message>
    <message>
        <source>例数</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>报告时限（小时）</source>
        <translation>Report within (hours)</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>班级（空为全校）</source>
        <translation>Class (empty: the whole school)</translation>
    </message>
    <message>
        <source>学年（如 2026，填写则统计 2026—2027 学年）</source>
        <translation>School year (e.g. 2026 for 2026–2027)</translation>
    </message>
    <message>
        <source>体格测量</source>
        <translation>Measurement round</translation>
    </message>
    <message>
        <source>晨检或午检（晨/午）</source>
        <translation>Morning or noon check (晨/午)</translation>
    </message>
    <message>
        <source>某一天（填写则只统计这一天）</source>
        <translation>One day (filled: that day only)</translation>
    </message>
    <message>
        <source>学期（填写则统计整学期，“本学期”为当前学期）</source>
        <translation>Term (filled: the whole term; 本学期 for the current one)</translation>
    </message>
    <message>
        <source>学期（填写则取该学期内的测量，“本学期”为当前学期）</source>
        <translation>Term (measurements within it; “本学期” for the current one)</translation>
    </message>
    <message>
        <source>幼儿/学生姓名</source>
        <translation>Child&apos;s name</translation>
    </message>
    <message>
        <source>班级（同名时填写）</source>
        <translation>Class (when names repeat)</translation>
    </message>
    <message>
        <source>学期（空为本学期）</source>
        <translation>Term (empty: this term)</translation>
    </message>
    <message>
        <source>传染病登记编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>疫情预警编号</source>
        <translation>Warning number</translation>
    </message>
    <message>
        <source>截至日期（空为今天）</source>
        <translation>Up to (blank: today)</translation>
    </message>
    <message>
        <source>联系情况（联系了谁、说了什么）</source>
        <translation>Contact (who was called, what was said)</translation>
    </message>
    <message>
        <source>联系时间（如 2026-11-24 08:40）</source>
        <translation>Called at (e.g. 2026-11-24 08:40)</translation>
    </message>
    <message>
        <source>就诊医院</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>诊断</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>预计返校日期</source>
        <translation>Expected back</translation>
    </message>
    <message>
        <source>返校日期（填写即结案）</source>
        <translation>Back on (closes the follow-up)</translation>
    </message>
    <message>
        <source>复课证明已查验</source>
        <translation>Return certificate checked</translation>
    </message>
    <message>
        <source>追踪人</source>
        <translation>Followed up by</translation>
    </message>
    <message>
        <source>时间（如 10:20）</source>
        <translation>Time (e.g. 10:20)</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>伤害类型</source>
        <translation>Kind of injury</translation>
    </message>
    <message>
        <source>经过</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>家长告知（时间、方式）</source>
        <translation>Parents told (when, how)</translation>
    </message>
    <message>
        <source>当班责任人</source>
        <translation>Teacher on duty</translation>
    </message>
    <message>
        <source>填表人</source>
        <translation>Filled in by</translation>
    </message>
    <message>
        <source>家长告知</source>
        <translation>Parents told</translation>
    </message>
    <message>
        <source>保存伤害登记</source>
        <translation>Save injury</translation>
    </message>
    <message>
        <source>观察到的情况</source>
        <translation>What was seen</translation>
    </message>
    <message>
        <source>需跟踪</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>保存观察记录</source>
        <translation>Save the observation</translation>
    </message>
    <message>
        <source>跌伤</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>碰撞</source>
        <translation>Collision</translation>
    </message>
    <message>
        <source>被下落物击中</source>
        <translation>Hit by a falling object</translation>
    </message>
    <message>
        <source>烫伤</source>
        <translation>Scald or burn</translation>
    </message>
    <message>
        <source>异物</source>
        <translation>Foreign body</translation>
    </message>
    <message>
        <source>药名</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <source>每次剂量（如 5 ml、1 片）</source>
        <translation>Dose (e.g. 5 ml, 1 tablet)</translation>
    </message>
    <message>
        <source>服药时间（如 10:00、14:30）</source>
        <translation>Times (e.g. 10:00, 14:30)</translation>
    </message>
    <message>
        <source>服药方法（如 饭后口服）</source>
        <translation>How (e.g. by mouth after a meal)</translation>
    </message>
    <message>
        <source>注意事项</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>送药家长</source>
        <translation>Brought by (parent)</translation>
    </message>
    <message>
        <source>有医生处方</source>
        <translation>Prescribed by a doctor</translation>
    </message>
    <message>
        <source>已与家长核对过敏史</source>
        <translation>Allergies checked with the parent</translation>
    </message>
    <message>
        <source>接药人</source>
        <translation>Taken in by</translation>
    </message>
    <message>
        <source>喂药时间（如 10:05）</source>
        <translation>Given at (e.g. 10:05)</translation>
    </message>
    <message>
        <source>喂药人</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>核对人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>服药后反应</source>
        <translation>Reaction</translation>
    </message>
    <message>
        <source>起始日期（空为全部）</source>
        <translation>From (blank: all)</translation>
    </message>
    <message>
        <source>操作人（空为全部）</source>
        <translation>By (blank: all)</translation>
    </message>
    <message>
        <source>评价</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>体弱儿</source>
        <translation>Frail child</translation>
    </message>
    <message>
        <source>肥胖儿</source>
        <translation>Obese child</translation>
    </message>
    <message>
        <source>痊愈</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <source>好转</source>
        <translation>Improved</translation>
    </message>
    <message>
        <source>未愈</source>
        <translation>Not recovered</translation>
    </message>
    <message>
        <source>离园/转出</source>
        <translation>Left / transferred</translation>
    </message>
    <message>
        <source>病种/原因</source>
        <translation>Condition / reason</translation>
    </message>
    <message>
        <source>重度（每月复查）</source>
        <translation>Severe (reviewed monthly)</translation>
    </message>
    <message>
        <source>建档日期</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>建档人</source>
        <translation>Opened by</translation>
    </message>
    <message>
        <source>随访日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>检查情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>指导与措施</source>
        <translation>Advice and measures</translation>
    </message>
    <message>
        <source>下次复查（空为按重度/轻度自动排）</source>
        <translation>Next review (blank: by severity)</translation>
    </message>
    <message>
        <source>随访人</source>
        <translation>Followed up by</translation>
    </message>
    <message>
        <source>转归</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>结案日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>结案人</source>
        <translation>Closed by</translation>
    </message>
    <message>
        <source>月龄起（含）</source>
        <translation>From age (months)</translation>
    </message>
    <message>
        <source>贫血：血红蛋白低于（g/L）</source>
        <translation>Anaemia: haemoglobin below (g/L)</translation>
    </message>
    <message>
        <source>中重度：低于（g/L）</source>
        <translation>Moderate/severe: below (g/L)</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>This child</translation>
    </message>
    <message>
        <source>−2SD</source>
        <translation>−2SD</translation>
    </message>
    <message>
        <source>中位数</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>+2SD</source>
        <translation>+2SD</translation>
    </message>
    <message>
        <source>月龄</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>肥胖界值</source>
        <translation>Obesity cut-off</translation>
    </message>
    <message>
        <source>超重界值</source>
        <translation>Overweight cut-off</translation>
    </message>
    <message>
        <source>消瘦界值</source>
        <translation>Wasting cut-off</translation>
    </message>
    <message>
        <source>出勤率</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>体检率</source>
        <translation>Examination rate</translation>
    </message>
    <message>
        <source>传染病病例</source>
        <translation>Infectious disease cases</translation>
    </message>
    <message>
        <source>传染病登记中发病日期在期内的病例</source>
        <translation>Cases of the register with onset in the term</translation>
    </message>
    <message>
        <source>每月出勤率</source>
        <translation>Attendance by month</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>Under way</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>资产</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>食堂</source>
        <translation>Canteen</translation>
    </message>
    <message>
        <source>卫生保健</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>安全</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>月份（如 9月 或 2026-09）</source>
        <translation>Month (Sep or 2026-09)</translation>
    </message>
    <message>
        <source>工作内容</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>完成情况说明</source>
        <translation>Note on completion</translation>
    </message>
    <message>
        <source>（无，手工打勾）</source>
        <translation>(none, ticked by hand)</translation>
    </message>
    <message>
        <source>对应的记录（有记录即自动完成）</source>
        <translation>Record it stands for (done when the record exists)</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>对应记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>完成情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>从学期</source>
        <translation>From term</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数字</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>统计口径</source>
        <translation>How counted</translation>
    </message>
    <message>
        <source>进货验收批次</source>
        <translation>Deliveries accepted</translation>
    </message>
    <message>
        <source>期内到货的进货记录</source>
        <translation>Deliveries arrived in the term</translation>
    </message>
    <message>
        <source>双人签字率</source>
        <translation>Signed by two</translation>
    </message>
    <message>
        <source>留样完成率</source>
        <translation>Samples kept</translation>
    </message>
    <message>
        <source>陪餐次数</source>
        <translation>Accompanying meals</translation>
    </message>
    <message>
        <source>学校负责人陪餐记录</source>
        <translation>Accompanying-meal records of school leaders</translation>
    </message>
    <message>
        <source>学生伙食费结余</source>
        <translation>Pupils&apos; meal-fee balance</translation>
    </message>
    <message>
        <source>学生账户期内收入 − 支出（含签字进货金额），括号内为占收入的比例</source>
        <translation>Pupils&apos; account income − expense in the term (signed deliveries included); in brackets, as a share of income</translation>
    </message>
    <message>
        <source>进货金额（按类别）</source>
        <translation>Purchases by category</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>计划项目完成</source>
        <translation>Plan items done</translation>
    </message>
    <message>
        <source>学期工作计划中已完成的项目（手工打勾或有对应记录）</source>
        <translation>Items of the term plan done (ticked, or their record exists)</translation>
    </message>
    <message>
        <source>逾期未完成</source>
        <translation>Overdue, not done</translation>
    </message>
    <message>
        <source>计划月份已过仍未完成的项目</source>
        <translation>Items whose month has passed without being done</translation>
    </message>
    <message>
        <source>已过账的期末清查（盘盈、盘亏按项计）</source>
        <translation>Posted stocktakes (surplus and missing counted by item)</translation>
    </message>
    <message>
        <source>期末清查</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>本期没有过账的清查</source>
        <translation>No stocktake posted this term</translation>
    </message>
    <message>
        <source>1月</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>2月</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>3月</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>4月</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>5月</source>
        <translation>May</translation>
    </message>
    <message>
        <source>6月</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>7月</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>8月</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>9月</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>10月</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>11月</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>12月</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>资产清查（过账）</source>
        <translation>Stocktake (posted)</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>From</translation>
    </message>
    <message>
        <source>截止日期（空为今天）</source>
        <translation>To (blank: today)</translation>
    </message>
    <message>
        <source>另存为单独文件的文件夹（可空）</source>
        <translation>Folder for the separate files (optional)</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>To</translation>
    </message>
    <message>
        <source>同时另存为单独的文件（PDF 旁的同名文件夹）</source>
        <translation>Also save the separate files (a folder named like the PDF)</translation>
    </message>
    <message>
        <source>类别词</source>
        <translation>Category word</translation>
    </message>
    <message>
        <source>名称中的词</source>
        <translation>Word in the name</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>已保存到 %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>后勤</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <source>食堂</source>
        <translation>Canteen</translation>
    </message>
    <message>
        <source>安全</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>保健</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>校长</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>先建立管理员账户（一般是总务处的管理员）。以后在 设置 → 用户 中为每位使用者建立账户：各人用自己的账户登录，签字要本人密码。</source>
        <translation>First create the administrator&apos;s account (usually the logistics office&apos;s). Later, in Settings → Users, give everyone who uses the program an account: each logs in with their own, and signs with their own password.</translation>
    </message>
    <message>
        <source>这位管理员还做哪些工作：</source>
        <translation>This administrator&apos;s other work:</translation>
    </message>
    <message>
        <source>建立并登录</source>
        <translation>Create and log in</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>欢迎使用校园后勤台账</source>
        <translation>Welcome to Campus Logistics Ledger</translation>
    </message>
    <message>
        <source>先填写学校和当前学期，它们会印在每一张表单上。以后可在“设置”中修改。</source>
        <translation>First enter the school and the current term; they are printed on every form. You can change them later under Settings.</translation>
    </message>
    <message>
        <source>装入演示学校，先试用再正式录入</source>
        <translation>Load the demo school to try the program first</translation>
    </message>
    <message>
        <source>演示学校约有 60 个房间、40 名教职工、18 个班级和一学期的记录。装入后用演示账户登录：zongwu（管理员、后勤）、shitang（食堂）、anquan（安全）、baojian（保健）、xiaozhang（校长），密码都是 demo123。</source>
        <translation>The demo school has about 60 rooms, 40 staff, 18 classes and a term of records. Log in with a demo account: zongwu (administrator, logistics), shitang (canteen), anquan (safety), baojian (health), xiaozhang (principal); the password of each is demo123.</translation>
    </message>
    <message>
        <source>开始使用</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>稍后填写</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>正在装入演示学校…</source>
        <translation>Loading the demo school…</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>缺勤首日</source>
        <translation>First day away</translation>
    </message>
    <message>
        <source>症状</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>诊断</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>State</translation>
    </message>
    <message>
        <source>已返校 %1</source>
        <translation>Back %1</translation>
    </message>
    <message>
        <source>已联系</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>待联系</source>
        <translation>To call</translation>
    </message>
    <message>
        <source>选中左侧一人填写追踪情况</source>
        <translation>Select a child on the left to record the follow-up</translation>
    </message>
    <message>
        <source>没有待追踪的因病缺勤</source>
        <translation>No illness absence to follow up</translation>
    </message>
    <message>
        <source>%1（%2），%3 起因病缺勤，家长电话 %4</source>
        <translation>%1 (%2), away ill from %3, guardian&apos;s phone %4</translation>
    </message>
    <message>
        <source>请先在左侧选中一人</source>
        <translation>Select a child on the left first</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>因病缺勤追踪（晨午检登记病假后自动建立）</source>
        <translation>Illness absences followed up (opened by a check that records sick leave)</translation>
    </message>
    <message>
        <source>显示已结案的</source>
        <translation>Show closed ones</translation>
    </message>
    <message>
        <source>打印本月登记表…</source>
        <translation>Print this month&apos;s register…</translation>
    </message>
    <message>
        <source>保存追踪情况</source>
        <translation>Save the follow-up</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HazardsPage</name>
    <message>
        <source>开始整改</source>
        <translation>Start rectifying</translation>
    </message>
    <message>
        <source>整改完成</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <source>复查通过</source>
        <translation>Re-check passed</translation>
    </message>
    <message>
        <source>复查不通过</source>
        <translation>Re-check failed</translation>
    </message>
    <message>
        <source>未销号</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>隐患部位</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>隐患情况</source>
        <translation>Hazard</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>登记隐患…</source>
        <translation>Report hazard…</translation>
    </message>
    <message>
        <source>开始整改…</source>
        <translation>Start rectifying…</translation>
    </message>
    <message>
        <source>整改完成…</source>
        <translation>Rectified…</translation>
    </message>
    <message>
        <source>复查通过…</source>
        <translation>Re-check passed…</translation>
    </message>
    <message>
        <source>复查不通过…</source>
        <translation>Re-check failed…</translation>
    </message>
    <message>
        <source>修改/延期…</source>
        <translation>Edit / extend…</translation>
    </message>
    <message>
        <source>打印整改通知单</source>
        <translation>Print rectification notice</translation>
    </message>
    <message>
        <source>修改隐患</source>
        <translation>Edit hazard</translation>
    </message>
    <message>
        <source>打印台账</source>
        <translation>Print ledger</translation>
    </message>
    <message>
        <source>共 %1 条，逾期 %2 条（红色）</source>
        <translation>%1 in all, %2 overdue (red)</translation>
    </message>
    <message>
        <source>类别 %1，%2隐患；措施：%3；责任人 %4；期限 %5</source>
        <translation>Category %1, level %2; measure: %3; responsible %4; deadline %5</translation>
    </message>
    <message>
        <source>登记隐患</source>
        <translation>Report hazard</translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <source>晨午检</source>
        <translation>Daily checks</translation>
    </message>
    <message>
        <source>全日健康观察</source>
        <translation>Daytime observation</translation>
    </message>
    <message>
        <source>因病缺勤追踪</source>
        <translation>Absence follow-up</translation>
    </message>
    <message>
        <source>传染病</source>
        <translation>Infectious diseases</translation>
    </message>
    <message>
        <source>疫情预警</source>
        <translation>Outbreak warnings</translation>
    </message>
    <message>
        <source>体格测量</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>专案</source>
        <translation>Case files</translation>
    </message>
    <message>
        <source>体检提醒</source>
        <translation>Examinations due</translation>
    </message>
    <message>
        <source>消毒</source>
        <translation>Disinfection</translation>
    </message>
    <message>
        <source>带药</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>伤害</source>
        <translation>Injuries</translation>
    </message>
    <message>
        <source>名册</source>
        <translation>Roster</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>借用逾期：%1（%2）借给 %3，应于 %4 归还</source>
        <translation>Loan overdue: %1 (%2) lent to %3, due back %4</translation>
    </message>
    <message>
        <source>待维修：%1（%2）%3</source>
        <translation>Awaiting repair: %1 (%2) %3</translation>
    </message>
    <message>
        <source>报废待鉴定：%1（%2）</source>
        <translation>Scrapping awaits appraisal: %1 (%2)</translation>
    </message>
    <message>
        <source>报废待审批：%1（%2）</source>
        <translation>Scrapping awaits approval: %1 (%2)</translation>
    </message>
    <message>
        <source>报废待处置：%1（%2）</source>
        <translation>Scrapping awaits disposal: %1 (%2)</translation>
    </message>
    <message>
        <source>库存不足：%1 现有 %2%3，最低 %4%3</source>
        <translation>Low stock: %1, %2 %3 left, minimum %4 %3</translation>
    </message>
    <message>
        <source>%1 张卡片，%2 元</source>
        <translation>%1 cards, %2 yuan</translation>
    </message>
    <message>
        <source>今日%1还有 %2 个菜未留样：%3</source>
        <translation>Today&apos;s %1: %2 dishes not yet sampled: %3</translation>
    </message>
    <message>
        <source>今日食谱的菜品已全部留样</source>
        <translation>Every dish on today&apos;s menu has been sampled</translation>
    </message>
    <message>
        <source>%1 份留样已满 %2 小时，可以销毁并登记</source>
        <translation>%1 samples have been kept %2 hours and may be destroyed and logged</translation>
    </message>
    <message>
        <source>供货单位“%1”的许可证已过期（%2）</source>
        <translation>Licence of supplier “%1” has expired (%2)</translation>
    </message>
    <message>
        <source>供货单位“%1”的许可证即将到期（%2）</source>
        <translation>Licence of supplier “%1” expires soon (%2)</translation>
    </message>
    <message>
        <source>%1的健康证已过期（%2）</source>
        <translation>Health certificate of %1 has expired (%2)</translation>
    </message>
    <message>
        <source>%1的健康证即将到期（%2）</source>
        <translation>Health certificate of %1 expires soon (%2)</translation>
    </message>
    <message>
        <source>今日进货 %1 批，%2 批未签字</source>
        <translation>Today&apos;s deliveries: %1, %2 not signed</translation>
    </message>
    <message>
        <source>今日进货 %1 批，均已双人签字</source>
        <translation>Today&apos;s deliveries: %1, all signed by two</translation>
    </message>
    <message>
        <source>已由两位验收人签字锁定的 %1 批 ÷ 全部批次</source>
        <translation>%1 deliveries signed by two acceptors ÷ all deliveries</translation>
    </message>
    <message>
        <source>带量食谱中截至今天的 %1 道菜（日期、餐次、菜名）中已留样的 %2 道</source>
        <translation>%2 of the menu&apos;s %1 dishes to date (day, meal, dish) sampled</translation>
    </message>
    <message>
        <source>%1 元（%2）</source>
        <translation>%1 yuan (%2)</translation>
    </message>
    <message>
        <source>尚未填写学校信息</source>
        <translation>The school&apos;s details are not filled in</translation>
    </message>
    <message>
        <source>未设置当前学期：请在 设置 → 学期 中设置</source>
        <translation>No current term: set one in Settings → Terms</translation>
    </message>
    <message>
        <source>当前学期“%1”已于 %2 结束，请设置新学期</source>
        <translation>The current term “%1” ended on %2: set the new term</translation>
    </message>
    <message>
        <source>本学期将于 %1 结束</source>
        <translation>This term ends on %1</translation>
    </message>
    <message>
        <source>灭火器已到报废年限：%1（%2，%3）%4</source>
        <translation>Extinguisher past its scrap age: %1 (%2, %3) %4</translation>
    </message>
    <message>
        <source>灭火器应送修：%1（%2，%3）%4</source>
        <translation>Extinguisher due for repair: %1 (%2, %3) %4</translation>
    </message>
    <message>
        <source>灭火器即将到报废期限：%1（%2）%3</source>
        <translation>Extinguisher near its scrap date: %1 (%2) %3</translation>
    </message>
    <message>
        <source>灭火器即将到维修期限：%1（%2）%3</source>
        <translation>Extinguisher near its repair date: %1 (%2) %3</translation>
    </message>
    <message>
        <source>本月还有 %1 具灭火器未月检（%2）</source>
        <translation>%1 extinguishers not yet checked this month (%2)</translation>
    </message>
    <message>
        <source>本月 %1 具灭火器已全部月检</source>
        <translation>All %1 extinguishers checked this month</translation>
    </message>
    <message>
        <source>每月</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>每 %1 个月</source>
        <translation>every %1 months</translation>
    </message>
    <message>
        <source>尚无疏散演练记录（%1至少一次）</source>
        <translation>No evacuation drill recorded yet (at least %1)</translation>
    </message>
    <message>
        <source>疏散演练已逾期：应于 %1 前进行（%2至少一次）</source>
        <translation>Evacuation drill overdue: due before %1 (at least %2)</translation>
    </message>
    <message>
        <source>下次疏散演练：%1 前（%2至少一次）</source>
        <translation>Next evacuation drill: before %1 (at least %2)</translation>
    </message>
    <message>
        <source>来访未登记离校：%1（%2 来访，被访人 %3）</source>
        <translation>Visitor not signed out: %1 (came %2, visiting %3)</translation>
    </message>
    <message>
        <source>今天仍在校内的来访人员 %1 人：%2</source>
        <translation>Visitors still in school today: %1: %2</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>today</translation>
    </message>
    <message>
        <source>%1 起的一周</source>
        <translation>the week from %1</translation>
    </message>
    <message>
        <source>%1 年 %2 月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <source>%1 年第 %2 季度</source>
        <translation>Q%2 %1</translation>
    </message>
    <message>
        <source>尚无巡查记录：可先打印空白巡查表（安全巡查 → 巡查记录），巡查后录入</source>
        <translation>No patrols recorded yet: print blank checklists (Safety → Patrols) and enter them after the round</translation>
    </message>
    <message>
        <source>%1：%2已巡查（%3 %4）</source>
        <translation>%1: patrolled %2 (%3 %4)</translation>
    </message>
    <message>
        <source>%1：%2待巡查</source>
        <translation>%1: patrol due %2</translation>
    </message>
    <message>
        <source>%1：%2未巡查</source>
        <translation>%1: not patrolled %2</translation>
    </message>
    <message>
        <source>隐患逾期未整改：%1 %2 %3（期限 %4，%5）</source>
        <translation>Hazard overdue: %1 %2 %3 (deadline %4, %5)</translation>
    </message>
    <message>
        <source>隐患待复查：%1 %2（整改人 %3）</source>
        <translation>Hazard awaits re-check: %1 %2 (rectified by %3)</translation>
    </message>
    <message>
        <source>重大隐患整改中：%1 %2（期限 %3）</source>
        <translation>Major hazard being rectified: %1 %2 (deadline %3)</translation>
    </message>
    <message>
        <source>每日巡查表在工作日（周一至周五，截至今天）有记录的 %1 表·天 ÷ 应巡查 %2 表·天</source>
        <translation>%1 checklist-days patrolled on school days (Mon–Fri, to date) ÷ %2 due</translation>
    </message>
    <message>
        <source>资产清查“%1”进行中：已清点 %2/%3 项，%4/%5 个房间完成</source>
        <translation>Stocktake “%1” in progress: %2/%3 lines counted, %4/%5 rooms done</translation>
    </message>
    <message>
        <source>期末资产清查：本学期（%1）尚未开始，学期于 %2 结束</source>
        <translation>Term-end stocktake for %1 not started; the term ends on %2</translation>
    </message>
    <message>
        <source>清查：%1</source>
        <translation>Stocktake: %1</translation>
    </message>
    <message>
        <source>应盘 %1，盘到 %2；盘盈 %3，盘亏 %4，位置不符 %5</source>
        <translation>%1 expected, %2 found; surplus %3, missing %4, misplaced %5</translation>
    </message>
    <message>
        <source>今日晨检：%1 个班级未检（共 %2 个班级）</source>
        <translation>Morning check: %1 of %2 classes not checked yet</translation>
    </message>
    <message>
        <source>今日晨检已全部完成，发现 %1 人次需关注</source>
        <translation>Morning check done in every class; %1 children to watch</translation>
    </message>
    <message>
        <source>疫情预警逾期未报告：%1 %2 %3 例（%4 起），应于 %5 前报告</source>
        <translation>Outbreak warning overdue: %1 %2, %3 cases (from %4), due to be reported by %5</translation>
    </message>
    <message>
        <source>疫情预警：%1 %2 %3 例（%4 起），还剩 %5 小时报告（%6 前）</source>
        <translation>Outbreak warning: %1 %2, %3 cases (from %4), %5 hours left to report (by %6)</translation>
    </message>
    <message>
        <source>因病缺勤追踪：%1 人未结案，其中 %2 人尚未联系</source>
        <translation>Absence follow-up: %1 open, %2 not yet called</translation>
    </message>
    <message>
        <source>复课查验：%1 人隔离期满，返校时查验复课证明</source>
        <translation>Return check: %1 isolations over, check the certificate on return</translation>
    </message>
    <message>
        <source>%1 医学观察至 %2：暂停插班、不与其他班级混班活动</source>
        <translation>%1 under observation until %2: no new children, no mixing with other classes</translation>
    </message>
    <message>
        <source>终末消毒未登记：%1 例传染病</source>
        <translation>Terminal disinfection not logged: %1 infectious cases</translation>
    </message>
    <message>
        <source>漏服提醒：%1 次服药已过时间未登记（最早 %2）</source>
        <translation>Missed doses: %1 past their time and not recorded (first at %2)</translation>
    </message>
    <message>
        <source>今日服药：还有 %1 次待喂（下一次 %2）</source>
        <translation>Medication today: %1 doses to give (next at %2)</translation>
    </message>
    <message>
        <source>专案复查已逾期：%1 人</source>
        <translation>Case file reviews overdue: %1</translation>
    </message>
    <message>
        <source>本周专案复查：%1 人</source>
        <translation>Case file reviews this week: %1</translation>
    </message>
    <message>
        <source>生长发育评价建议建立专案：%1 人</source>
        <translation>Proposed for a case file by the growth evaluation: %1</translation>
    </message>
    <message>
        <source>体检逾期：%1 人次</source>
        <translation>Examinations overdue: %1</translation>
    </message>
    <message>
        <source>一个月内到期的体检：%1 人次</source>
        <translation>Examinations due within a month: %1</translation>
    </message>
    <message>
        <source>本学期尚未测量身高体重：%1 个班级（%2）</source>
        <translation>Classes not measured this term: %1 (%2)</translation>
    </message>
    <message>
        <source>计划逾期：%1月 %2%3</source>
        <translation>Plan overdue: month %1, %2%3</translation>
    </message>
    <message>
        <source>本月计划：%1%2</source>
        <translation>Planned this month: %1%2</translation>
    </message>
    <message>
        <source>晨检实际出勤 %1 人次 ÷ 应出勤 %2 人次（规范 附件5）</source>
        <translation>%1 attendances at the morning check ÷ %2 expected (2012 health-care norm, annex 5)</translation>
    </message>
    <message>
        <source>期内测量身高体重的 %1 人 ÷ 应检 %2 人</source>
        <translation>%1 measured in the term ÷ %2 due</translation>
    </message>
</context>
<context>
    <name>HomeTab</name>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>提醒</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>到期</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>信息</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>尚未填写学校名称（设置 → 学校）</source>
        <translation>No school name yet (Settings → School)</translation>
    </message>
    <message>
        <source>当前学期：%1（%2）</source>
        <translation>Current term: %1 (%2)</translation>
    </message>
    <message>
        <source>当前学期：未设置</source>
        <translation>Current term: not set</translation>
    </message>
    <message>
        <source>教职工 %1 人 · 房间 %2 间 · 班级 %3 个</source>
        <translation>%1 staff · %2 rooms · %3 classes</translation>
    </message>
    <message>
        <source>今天没有待办事项</source>
        <translation>Nothing to do today</translation>
    </message>
    <message>
        <source>今日待办</source>
        <translation>Today&apos;s duties</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>导入%1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>%1：新增 %2 条，更新 %3 条。</source>
        <translation>%1: %2 added, %3 updated.</translation>
    </message>
    <message>
        <source>未导入的行：</source>
        <translation>Rows not imported:</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>导入%1：确认表格</source>
        <translation>Import %1: check the sheet</translation>
    </message>
    <message>
        <source>约 %1</source>
        <translation>about %1</translation>
    </message>
    <message>
        <source>程序中的栏目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>表格中的列</source>
        <translation>Column in the sheet</translation>
    </message>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>（表中没有）</source>
        <translation>(not in the sheet)</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>前几行数据：</source>
        <translation>First rows:</translation>
    </message>
    <message>
        <source>检查并导入</source>
        <translation>Check and import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>没有找到表头：</source>
        <translation>No header found: </translation>
    </message>
    <message>
        <source>工作表“%1”，表头在第 %2 行，共 %3 行数据（空行和合计行已略过）。请核对下面的对应关系，再检查并导入。</source>
        <translation>Sheet “%1”, header in row %2, %3 data rows (empty and total rows skipped). Check how the columns match, then check and import.</translation>
    </message>
    <message>
        <source>未导入的列：%1</source>
        <translation>Columns not imported: %1</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>导入%1：发现问题</source>
        <translation>Import %1: problems found</translation>
    </message>
    <message>
        <source>读到 %1 行，其中 %2 行有问题。未导入任何记录。</source>
        <translation>Read %1 rows; %2 have problems. Nothing was imported.</translation>
    </message>
    <message>
        <source>自动建立表中有而系统中没有的人员、房间</source>
        <translation>Create the people and rooms that the sheet names but the program lacks</translation>
    </message>
    <message>
        <source>更新已有记录（编号或名称相同时）</source>
        <translation>Update existing records (same code or name)</translation>
    </message>
    <message>
        <source>按上面的选项重新检查</source>
        <translation>Check again with these options</translation>
    </message>
    <message>
        <source>只导入没有问题的行</source>
        <translation>Import the good rows only</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>屏幕已锁定。%1 请输入密码继续；换一位用户登录时，%1 未保存的窗口会关闭，不写入任何内容。</source>
        <translation>The screen is locked. %1, type your password to go on; if another user logs in, the windows %1 left unsaved are closed and nothing of them is written.</translation>
    </message>
    <message>
        <source>退出程序</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>请用自己的账户登录：签字要本人密码，操作日志记下每一位操作人。</source>
        <translation>Log in with your own account: signatures need your own password, and the audit log names whoever made each change.</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>校园后勤台账</source>
        <translation>Campus Logistics Ledger</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>立即备份…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>等待其他写入的时间…</source>
        <translation>Wait for other writers…</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>使用说明</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>校园后勤台账 %1</source>
        <translation>Campus Logistics Ledger %1</translation>
    </message>
    <message>
        <source>学校后勤（总务处）的资产、食堂、卫生保健与安全巡查台账。

数据文件：%1
数据库结构版本：%2（本程序：%3）
数据文件夹（设置、备份）：%4

字体：%5（%6）。第三方软件及其许可证见“显示详细信息”。</source>
        <translation>Records of a school&apos;s logistics office: assets, canteen, health and safety patrols.

Data file: %1
Database schema: %2 (this program: %3)
Data folder (settings, backups): %4

Font: %5 (%6). The third-party software and its licences: “Show Details”.</translation>
    </message>
    <message>
        <source>另一个程序窗口正在使用这个数据文件，本窗口未打开它。</source>
        <translation>Another window of the program is using this data file; this window did not open it.</translation>
    </message>
    <message>
        <source>用户：%1（%2）&#x3000;</source>
        <translation>User: %1 (%2)  </translation>
    </message>
    <message>
        <source>数据文件：%1</source>
        <translation>Data file: %1</translation>
    </message>
    <message>
        <source>（另一个程序窗口也打开了这个文件：两处都可使用，保存时依次写入）</source>
        <translation> (another window of the program has this file open too: both can be used, saves take turns)</translation>
    </message>
    <message>
        <source>正在打开数据文件…</source>
        <translation>Opening the data file…</translation>
    </message>
    <message>
        <source>当前学期：%1</source>
        <translation>Current term: %1</translation>
    </message>
    <message>
        <source>当前学期：未设置</source>
        <translation>Current term: not set</translation>
    </message>
    <message>
        <source>等待其他写入的时间</source>
        <translation>Wait for other writers</translation>
    </message>
    <message>
        <source>保存时数据文件正被另一处写入，最多等待（秒）：</source>
        <translation>When another program is writing to the file, wait at most (seconds):</translation>
    </message>
    <message>
        <source>备份到</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <source>数据文件 (*.sqlite3)</source>
        <translation>Data files (*.sqlite3)</translation>
    </message>
    <message>
        <source>已备份到 %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>数据文件 (*.sqlite3 *.db);;所有文件 (*)</source>
        <translation>Data files (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>用“%1”替换当前数据？当前数据会先另存一份备份。</source>
        <translation>Replace the current data with “%1”? The current data is backed up first.</translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>已从 %1 恢复</source>
        <translation>Restored from %1</translation>
    </message>
    <message>
        <source>已导出 %1 条到 %2</source>
        <translation>Exported %1 rows to %2</translation>
    </message>
    <message>
        <source>这份资料含有您的角色不能查看的记录</source>
        <translation>This binder holds records your roles may not read</translation>
    </message>
    <message>
        <source>数据文件</source>
        <translation>Data file</translation>
    </message>
    <message>
        <source>无法打开数据文件</source>
        <translation>Cannot open the data file</translation>
    </message>
    <message>
        <source>数据文件已在使用</source>
        <translation>Data file in use</translation>
    </message>
    <message>
        <source>另一个程序窗口已打开“%1”。

以只读方式打开：可以查看、打印和导出，不会与另一处的修改冲突。
照常打开：两处都能保存（保存时依次写入），另一处新写的记录按 F5 刷新后才看得到。</source>
        <translation>Another window of the program has “%1” open.

Open read-only: view, print and export, never in conflict with the other&apos;s changes.
Open as usual: both can save (writes take turns); records written in the other show after F5.</translation>
    </message>
    <message>
        <source>以只读方式打开</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>照常打开</source>
        <translation>Open as usual</translation>
    </message>
    <message>
        <source>不打开</source>
        <translation>Do not open</translation>
    </message>
</context>
<context>
    <name>MeasurementsPage</name>
    <message>
        <source>本班这一天尚未测量；上次测量在 %1（改测量日期可查看）。</source>
        <translation>Not measured on this day; last measured on %1 (change the date to see it).</translation>
    </message>
    <message>
        <source>本班 %1 人：已测 %2，需关注 %3</source>
        <translation>Class of %1: %2 measured, %3 to watch</translation>
    </message>
    <message>
        <source>已保存，并按国家标准评价。</source>
        <translation>Saved and evaluated by the national standards.</translation>
    </message>
    <message>
        <source>%1 %2 生长发育评价分布</source>
        <translation>%1 %2 growth evaluation</translation>
    </message>
    <message>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>测量日期</source>
        <translation>Date measured</translation>
    </message>
    <message>
        <source>测量人</source>
        <translation>Measured by</translation>
    </message>
    <message>
        <source>本班评价分布…</source>
        <translation>Class distribution…</translation>
    </message>
    <message>
        <source>打印生长发育评价表…</source>
        <translation>Print growth evaluation…</translation>
    </message>
    <message>
        <source>直接输入数字；回车到下一人的同一项，Tab 到本人的下一项（Tab 之后回车回到下一人的起始项）；空着的为未测。评价按国家标准即时给出，Ctrl+S 保存本班。</source>
        <translation>Type the figures: Enter goes to the next child&apos;s same value, Tab to this child&apos;s next value (Enter after Tabs goes to the next child&apos;s first); blank is not measured. Each row is evaluated by the national standards as you type; Ctrl+S saves the class.</translation>
    </message>
    <message>
        <source>保存本班 (Ctrl+S)</source>
        <translation>Save class (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>MedicationPage</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>药名</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <source>剂量</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>State</translation>
    </message>
    <message>
        <source>已喂 %1（%2、%3 核对）</source>
        <translation>Given %1 (%2, checked by %3)</translation>
    </message>
    <message>
        <source>漏服：已过时间未登记</source>
        <translation>Missed: past its time, not recorded</translation>
    </message>
    <message>
        <source>待喂</source>
        <translation>To give</translation>
    </message>
    <message>
        <source>选中上方一次服药，喂药后登记</source>
        <translation>Select a dose above and record it once given</translation>
    </message>
    <message>
        <source>这一天没有带药</source>
        <translation>No medication this day</translation>
    </message>
    <message>
        <source>过敏及疾病提示：%1</source>
        <translation>Allergies and conditions: %1</translation>
    </message>
    <message>
        <source>已登记带药</source>
        <translation>Medication taken in</translation>
    </message>
    <message>
        <source>%1（%2）%3 %4，%5 服</source>
        <translation>%1 (%2) %3 %4, at %5</translation>
    </message>
    <message>
        <source>请先在上方选中一次服药</source>
        <translation>Select a dose above first</translation>
    </message>
    <message>
        <source>已登记喂药</source>
        <translation>Dose recorded</translation>
    </message>
    <message>
        <source>带药登记：只收当天的药，家长在纸质带药单上签名</source>
        <translation>Medication brought in: today&apos;s doses only; the parent signs the paper form</translation>
    </message>
    <message>
        <source>登记带药</source>
        <translation>Take in</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>打印本月服药记录…</source>
        <translation>Print this month&apos;s medication log…</translation>
    </message>
    <message>
        <source>已喂药（两人核对）</source>
        <translation>Given (checked by two)</translation>
    </message>
</context>
<context>
    <name>MenuPage</name>
    <message>
        <source>星期</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>餐次</source>
        <translation>Meal</translation>
    </message>
    <message>
        <source>菜品</source>
        <translation>Dish</translation>
    </message>
    <message>
        <source>每人量（克）</source>
        <translation>Per child (g)</translation>
    </message>
    <message>
        <source>主要原料</source>
        <translation>Main ingredients</translation>
    </message>
    <message>
        <source>上一周</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>下一周</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>复制上周食谱</source>
        <translation>Copy last week&apos;s menu</translation>
    </message>
    <message>
        <source>加行</source>
        <translation>Add rows</translation>
    </message>
    <message>
        <source>保存本周 (Ctrl+S)</source>
        <translation>Save the week (Ctrl+S)</translation>
    </message>
    <message>
        <source>打印食谱</source>
        <translation>Print menu</translation>
    </message>
    <message>
        <source>周（任选一天）</source>
        <translation>Week (any day)</translation>
    </message>
    <message>
        <source>第 %1 行：星期应写 一 至 日</source>
        <translation>Row %1: the day should be Monday to Sunday (一 to 日)</translation>
    </message>
    <message>
        <source>第 %1 行：餐次应为 %2</source>
        <translation>Row %1: the meal should be one of %2</translation>
    </message>
    <message>
        <source>已保存本周食谱</source>
        <translation>This week&apos;s menu saved</translation>
    </message>
</context>
<context>
    <name>Module</name>
    <message>
        <source>学期</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>学期表</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>人员名册</source>
        <translation>Staff list</translation>
    </message>
    <message>
        <source>房间（存放地点）清单</source>
        <translation>Room list</translation>
    </message>
    <message>
        <source>班级一览表</source>
        <translation>Class list</translation>
    </message>
    <message>
        <source>基础信息</source>
        <translation>Directories</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>资产</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>资产分类</source>
        <translation>Asset classes</translation>
    </message>
    <message>
        <source>分类推断词</source>
        <translation>Class words</translation>
    </message>
    <message>
        <source>资产登记台账</source>
        <translation>Asset ledger</translation>
    </message>
    <message>
        <source>资产卡片</source>
        <translation>Asset card</translation>
    </message>
    <message>
        <source>资产标签</source>
        <translation>Asset labels</translation>
    </message>
    <message>
        <source>低值易耗品库存表</source>
        <translation>Consumables stock list</translation>
    </message>
    <message>
        <source>低值易耗品月末盘点表</source>
        <translation>Consumables month-end count</translation>
    </message>
    <message>
        <source>期末资产清查</source>
        <translation>Term-end stocktake</translation>
    </message>
    <message>
        <source>期末清查</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>食堂</source>
        <translation>Canteen</translation>
    </message>
    <message>
        <source>供货单位</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <source>从业人员健康证</source>
        <translation>Staff health certificates</translation>
    </message>
    <message>
        <source>食品进货查验记录</source>
        <translation>Food purchase acceptance record</translation>
    </message>
    <message>
        <source>食品留样记录</source>
        <translation>Food sample log</translation>
    </message>
    <message>
        <source>餐具清洗消毒记录</source>
        <translation>Tableware disinfection log</translation>
    </message>
    <message>
        <source>学校负责人陪餐记录</source>
        <translation>Accompanying-meal log</translation>
    </message>
    <message>
        <source>带量食谱</source>
        <translation>Weekly menu</translation>
    </message>
    <message>
        <source>伙食费收支公示</source>
        <translation>Meal fee notice</translation>
    </message>
    <message>
        <source>食堂库存月末盘点表</source>
        <translation>Canteen month-end stock count</translation>
    </message>
    <message>
        <source>安全巡查</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>巡查表模板</source>
        <translation>Patrol checklists</translation>
    </message>
    <message>
        <source>灭火器类型</source>
        <translation>Extinguisher types</translation>
    </message>
    <message>
        <source>安全巡查表（空白）</source>
        <translation>Patrol checklist (blank)</translation>
    </message>
    <message>
        <source>安全巡查记录（单次）</source>
        <translation>Patrol record (one patrol)</translation>
    </message>
    <message>
        <source>安全巡查记录</source>
        <translation>Patrol log</translation>
    </message>
    <message>
        <source>隐患排查整改台账</source>
        <translation>Hazard ledger</translation>
    </message>
    <message>
        <source>隐患整改通知单</source>
        <translation>Rectification notice</translation>
    </message>
    <message>
        <source>灭火器登记及检查台账</source>
        <translation>Extinguisher register</translation>
    </message>
    <message>
        <source>应急疏散演练记录</source>
        <translation>Evacuation drill log</translation>
    </message>
    <message>
        <source>来访人员登记簿</source>
        <translation>Visitor log</translation>
    </message>
    <message>
        <source>卫生保健</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>消毒要求</source>
        <translation>Disinfection minimums</translation>
    </message>
    <message>
        <source>贫血界值</source>
        <translation>Anaemia cut-offs</translation>
    </message>
    <message>
        <source>晨午检记录表</source>
        <translation>Daily health check log</translation>
    </message>
    <message>
        <source>晨午检记录表（一班一天）</source>
        <translation>Daily health check form (a class, a day)</translation>
    </message>
    <message>
        <source>出勤统计分析表</source>
        <translation>Attendance statistics</translation>
    </message>
    <message>
        <source>因病缺勤日报表（零报告）</source>
        <translation>Daily illness absence report (zero reports)</translation>
    </message>
    <message>
        <source>因病缺勤追踪登记表</source>
        <translation>Illness absence follow-up register</translation>
    </message>
    <message>
        <source>全日健康观察记录</source>
        <translation>Daytime health observation log</translation>
    </message>
    <message>
        <source>传染病登记表</source>
        <translation>Infectious disease register</translation>
    </message>
    <message>
        <source>传染病发病统计表</source>
        <translation>Infectious disease statistics</translation>
    </message>
    <message>
        <source>复课查验证明</source>
        <translation>Return-to-school check</translation>
    </message>
    <message>
        <source>消毒记录表</source>
        <translation>Disinfection log</translation>
    </message>
    <message>
        <source>服药记录</source>
        <translation>Medication log</translation>
    </message>
    <message>
        <source>儿童伤害登记表</source>
        <translation>Injury register</translation>
    </message>
    <message>
        <source>疫情报告（草稿）</source>
        <translation>Outbreak report (draft)</translation>
    </message>
    <message>
        <source>生长发育评价表</source>
        <translation>Growth evaluation</translation>
    </message>
    <message>
        <source>健康检查统计分析表</source>
        <translation>Health examination statistics</translation>
    </message>
    <message>
        <source>体弱儿/肥胖儿专案管理登记表</source>
        <translation>Case file register (frail and obese children)</translation>
    </message>
    <message>
        <source>儿童生长发育报告（生长曲线）</source>
        <translation>Growth report (growth chart)</translation>
    </message>
    <message>
        <source>幼儿/学生名册</source>
        <translation>Roster of children</translation>
    </message>
    <message>
        <source>体检测量结果</source>
        <translation>Examination results</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>计划与总结</source>
        <translation>Plan and summary</translation>
    </message>
    <message>
        <source>学期后勤工作计划表</source>
        <translation>Term work plan</translation>
    </message>
    <message>
        <source>学期后勤工作总结（数据）</source>
        <translation>Term summary (figures)</translation>
    </message>
    <message>
        <source>迎检资料（合订 PDF）</source>
        <translation>Inspection binder (one PDF)</translation>
    </message>
</context>
<context>
    <name>PatrolPage</name>
    <message>
        <source>巡查表</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>巡查人</source>
        <translation>Patroller</translation>
    </message>
    <message>
        <source>复核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>其余全部正常</source>
        <translation>All others normal</translation>
    </message>
    <message>
        <source>打印空白表…</source>
        <translation>Print blank checklist…</translation>
    </message>
    <message>
        <source>发现的隐患（每个“异常”一条，保存时登记并开始跟踪整改）</source>
        <translation>Hazards found (one per “abnormal” answer; registered and followed up when saved)</translation>
    </message>
    <message>
        <source>保存巡查记录 (Ctrl+S)</source>
        <translation>Save patrol (Ctrl+S)</translation>
    </message>
    <message>
        <source>巡查时间</source>
        <translation>Patrolled at</translation>
    </message>
    <message>
        <source>异常</source>
        <translation>Abnormal</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>双击打印这次巡查的记录表</source>
        <translation>Double-click to print this patrol as filled in</translation>
    </message>
    <message>
        <source>近 30 天的巡查</source>
        <translation>Patrols of the last 30 days</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved. </translation>
    </message>
    <message>
        <source>登记隐患 %1 条，请到“隐患整改”跟踪。</source>
        <translation>%1 hazard(s) registered; follow them up under Hazards.</translation>
    </message>
    <message>
        <source>打印空白表</source>
        <translation>Print blank checklist</translation>
    </message>
    <message>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>打印预览 — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <source>共 %1 页</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>无法连接打印机</source>
        <translation>Cannot reach the printer</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>已保存到 %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>正在生成 %1…</source>
        <translation>Making %1…</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>学期：%1</source>
        <translation>Term: %1</translation>
    </message>
    <message>
        <source>请先在 设置 → 学期 中设置当前学期</source>
        <translation>Set the current term first (Settings → Terms)</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>请先在上面的表中选中一项</source>
        <translation>Select an item in the table above first</translation>
    </message>
    <message>
        <source>标记完成：%1</source>
        <translation>Mark done: %1</translation>
    </message>
    <message>
        <source>已删除：%1</source>
        <translation>Deleted: %1</translation>
    </message>
    <message>
        <source>粘贴计划</source>
        <translation>Paste a plan</translation>
    </message>
    <message>
        <source>把 Word 中的计划复制到下面：月份标题（如“九月”）下是编号的条目（1. 2. 或（1）），“负责人：某某”写在条目末尾。类别和对应的记录按内容自动判断，导入后可改。</source>
        <translation>Paste the plan from Word below: month headings (such as 九月) with numbered items under them (1. 2. or (1)); 负责人：name at an item&apos;s end. The area and the record it stands for are guessed from the text and can be changed afterwards.</translation>
    </message>
    <message>
        <source>导入工作计划</source>
        <translation>Import a work plan</translation>
    </message>
    <message>
        <source>计划 (*.txt *.xlsx *.xls *.ods *.csv)</source>
        <translation>Plans (*.txt *.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>没有导入：</source>
        <translation>Nothing imported: </translation>
    </message>
    <message>
        <source>已导入 %1 项</source>
        <translation>%1 items imported</translation>
    </message>
    <message>
        <source>没有其他学期可复制</source>
        <translation>No other term to copy from</translation>
    </message>
    <message>
        <source>复制工作计划到 %1</source>
        <translation>Copy a work plan to %1</translation>
    </message>
    <message>
        <source>粘贴计划…</source>
        <translation>Paste plan…</translation>
    </message>
    <message>
        <source>从文件导入…</source>
        <translation>Import from file…</translation>
    </message>
    <message>
        <source>从其他学期复制…</source>
        <translation>Copy from another term…</translation>
    </message>
    <message>
        <source>打印计划表…</source>
        <translation>Print plan…</translation>
    </message>
    <message>
        <source>选中一项可在下方修改；与记录挂钩的项目在有记录时自动完成，其余完成后点“标记完成”。逾期未完成的为红色。</source>
        <translation>Select an item to edit it below; items tied to a record are done when the record exists, others are marked done by hand. Overdue items are red.</translation>
    </message>
    <message>
        <source>标记完成…</source>
        <translation>Mark done…</translation>
    </message>
    <message>
        <source>取消完成</source>
        <translation>Undo done</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>新建一项</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>学期计划</source>
        <translation>Term plan</translation>
    </message>
    <message>
        <source>学期总结</source>
        <translation>Term summary</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>打印本月…</source>
        <translation>Print this month…</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>家长电话</source>
        <translation>Guardian&apos;s phone</translation>
    </message>
    <message>
        <source>过敏及疾病提示</source>
        <translation>Allergies and conditions</translation>
    </message>
    <message>
        <source>全部班级</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>共 %1 人</source>
        <translation>%1 children</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>新增幼儿/学生</source>
        <translation>New child</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>请先在名单中选中一人</source>
        <translation>Select a child in the list first</translation>
    </message>
    <message>
        <source>离园/离校</source>
        <translation>Leaving</translation>
    </message>
    <message>
        <source>整班调班</source>
        <translation>Move a class</translation>
    </message>
    <message>
        <source>已调班 %1 人</source>
        <translation>%1 children moved</translation>
    </message>
    <message>
        <source>导出名册</source>
        <translation>Export the roster</translation>
    </message>
    <message>
        <source>幼儿学生名册.xlsx</source>
        <translation>roster.xlsx</translation>
    </message>
    <message>
        <source>幼儿/学生名册</source>
        <translation>Roster of children</translation>
    </message>
    <message>
        <source>按姓名或拼音首字母查找</source>
        <translation>Find by name or pinyin initials</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>离园/离校…</source>
        <translation>Leaving…</translation>
    </message>
    <message>
        <source>整班调班…</source>
        <translation>Move a class…</translation>
    </message>
    <message>
        <source>导入名册…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <source>导出名册…</source>
        <translation>Export roster…</translation>
    </message>
    <message>
        <source>打印名册…</source>
        <translation>Print roster…</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>GB 50444-2008 第5.3.3、5.4.3条；GB 55036-2022（请按当地消防部门要求核对）</source>
        <translation>GB 50444-2008 §5.3.3, §5.4.3; GB 55036-2022 (check with the local fire authority)</translation>
    </message>
    <message>
        <source>托儿所幼儿园卫生保健工作规范（卫妇社发〔2012〕35号）附件3</source>
        <translation>Health care rules for nurseries and kindergartens (2012), annex 3</translation>
    </message>
    <message>
        <source>WHO/NMH/NHD/MNM/11.1（2011）血红蛋白诊断贫血界值</source>
        <translation>WHO/NMH/NHD/MNM/11.1 (2011), haemoglobin cut-offs for anaemia</translation>
    </message>
</context>
<context>
    <name>RulesTablePage</name>
    <message>
        <source>请先在上面的表中选中要删除的一行</source>
        <translation>First select the row to delete in the table above</translation>
    </message>
</context>
<context>
    <name>SafetyTab</name>
    <message>
        <source>巡查记录</source>
        <translation>Patrols</translation>
    </message>
    <message>
        <source>隐患整改</source>
        <translation>Hazards</translation>
    </message>
    <message>
        <source>消防器材</source>
        <translation>Fire equipment</translation>
    </message>
    <message>
        <source>疏散演练</source>
        <translation>Drills</translation>
    </message>
    <message>
        <source>来访登记</source>
        <translation>Visitors</translation>
    </message>
</context>
<context>
    <name>SamplesPage</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>餐次</source>
        <translation>Meal</translation>
    </message>
    <message>
        <source>菜品</source>
        <translation>Dish</translation>
    </message>
    <message>
        <source>留样（回车）</source>
        <translation>Sample (Enter)</translation>
    </message>
    <message>
        <source>留样</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>重量</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>保留至</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <source>销毁所选</source>
        <translation>Destroy selected</translation>
    </message>
    <message>
        <source>打印本月留样记录</source>
        <translation>Print this month&apos;s sample log</translation>
    </message>
    <message>
        <source>当日食谱</source>
        <translation>The day&apos;s menu</translation>
    </message>
    <message>
        <source>销毁人</source>
        <translation>Destroyed by</translation>
    </message>
    <message>
        <source>已满保留时间、可以销毁的留样</source>
        <translation>Samples past their keeping time, ready to destroy</translation>
    </message>
    <message>
        <source>已留样</source>
        <translation>Sampled</translation>
    </message>
    <message>
        <source>未留样</source>
        <translation>Not sampled</translation>
    </message>
    <message>
        <source>已留样：%1 %2 克</source>
        <translation>Sampled: %1 %2 g</translation>
    </message>
    <message>
        <source>请先选中要销毁的留样</source>
        <translation>Select the samples to destroy first</translation>
    </message>
    <message>
        <source>已登记销毁 %1 份</source>
        <translation>%1 destroyed</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>学校信息印在每一张表单的抬头上。</source>
        <translation>The school&apos;s details head every printed form.</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>开始资产清查</source>
        <translation>Start a stocktake</translation>
    </message>
    <message>
        <source>如：2026 年秋季学期期末资产清查</source>
        <translation>e.g. Autumn 2026 term-end asset stocktake</translation>
    </message>
    <message>
        <source>查找房间（可打拼音首字母）</source>
        <translation>Find rooms (pinyin initials too)</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>全不选</source>
        <translation>Select none</translation>
    </message>
    <message>
        <source>盲盘（盘点表不列预期数量）</source>
        <translation>Blind count (sheets without expected quantities)</translation>
    </message>
    <message>
        <source>开始（冻结预期清单）</source>
        <translation>Start (freeze the expected list)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>清查名称</source>
        <translation>Stocktake name</translation>
    </message>
    <message>
        <source>清查的房间</source>
        <translation>Rooms to count</translation>
    </message>
</context>
<context>
    <name>StockCountDialog</name>
    <message>
        <source>月底盘点</source>
        <translation>Month-end count</translation>
    </message>
    <message>
        <source>品名</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>账面数量</source>
        <translation>Book quantity</translation>
    </message>
    <message>
        <source>实盘数量</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>只填清点过的食品；空着的不记盘点。</source>
        <translation>Fill in only the food you counted; empty rows are not recorded.</translation>
    </message>
    <message>
        <source>盘点人</source>
        <translation>Counted by</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>品名</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>账面数量</source>
        <translation>Book quantity</translation>
    </message>
    <message>
        <source>出库（回车）</source>
        <translation>Issue (Enter)</translation>
    </message>
    <message>
        <source>月底盘点…</source>
        <translation>Month-end count…</translation>
    </message>
    <message>
        <source>打印盘点表</source>
        <translation>Print count sheet</translation>
    </message>
    <message>
        <source>当前库存（已签字的进货入库，出库和盘点差异已计入）</source>
        <translation>Current stock (signed deliveries in, issues and count differences applied)</translation>
    </message>
    <message>
        <source>已出库：%1 %2%3</source>
        <translation>Issued: %1 %2%3</translation>
    </message>
</context>
<context>
    <name>StocktakePage</name>
    <message>
        <source>开始新清查…</source>
        <translation>New stocktake…</translation>
    </message>
    <message>
        <source>打印盘点表</source>
        <translation>Print count sheet</translation>
    </message>
    <message>
        <source>导出盘点表…</source>
        <translation>Export count sheets…</translation>
    </message>
    <message>
        <source>导入盘点表…</source>
        <translation>Import count sheets…</translation>
    </message>
    <message>
        <source>盈亏表</source>
        <translation>Surplus/deficit report</translation>
    </message>
    <message>
        <source>过账…</source>
        <translation>Post…</translation>
    </message>
    <message>
        <source>本房间最近清点（扫错了可撤销）</source>
        <translation>Latest counts in this room (a wrong scan can be undone)</translation>
    </message>
    <message>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>已清点 / 预期</source>
        <translation>Counted / expected</translation>
    </message>
    <message>
        <source>盘点人</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>扫码枪扫描标签，或输入编号后按回车</source>
        <translation>Scan a label, or type a code and press Enter</translation>
    </message>
    <message>
        <source>请选择房间后开始扫描</source>
        <translation>Choose the room, then scan</translation>
    </message>
    <message>
        <source>无标签物品…</source>
        <translation>Unlabelled item…</translation>
    </message>
    <message>
        <source>勾选 / 填数</source>
        <translation>Tick / quantity</translation>
    </message>
    <message>
        <source>资产编号</source>
        <translation>Asset code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Spec</translation>
    </message>
    <message>
        <source>预期</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>已清点</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>清查：</source>
        <translation>Stocktake:</translation>
    </message>
    <message>
        <source>已过账</source>
        <translation>posted</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>open</translation>
    </message>
    <message>
        <source>本房间：已清点 %1 / %2 项</source>
        <translation>This room: %1 of %2 counted</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>（未知）</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>；表外 %1 项</source>
        <translation>; %1 not on the list</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>已撤销一条清点记录</source>
        <translation>One count undone</translation>
    </message>
    <message>
        <source>编号：</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>%1 的数量：</source>
        <translation>Quantity of %1:</translation>
    </message>
    <message>
        <source>输入 %1 的实盘数量后按回车；直接扫下一个标签也可以</source>
        <translation>Type the counted quantity of %1 and press Enter; or just scan the next label</translation>
    </message>
    <message>
        <source>（%1 的数量未填，再扫一次它的标签即可补上）</source>
        <translation>(the quantity of %1 was not entered: scan its label again to add it)</translation>
    </message>
    <message>
        <source>（本房间 %1/%2）</source>
        <translation> (this room %1/%2)</translation>
    </message>
    <message>
        <source>实盘数量</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>%1 的实盘数量：</source>
        <translation>Counted quantity of %1:</translation>
    </message>
    <message>
        <source>无标签物品</source>
        <translation>Unlabelled item</translation>
    </message>
    <message>
        <source>已记录无标签物品：%1（盘盈）</source>
        <translation>Unlabelled find recorded: %1 (surplus)</translation>
    </message>
    <message>
        <source>资产清查盘点表</source>
        <translation>Stocktake count sheets</translation>
    </message>
    <message>
        <source>导出盘点表</source>
        <translation>Export count sheets</translation>
    </message>
    <message>
        <source>盘点表.xlsx</source>
        <translation>count-sheets.xlsx</translation>
    </message>
    <message>
        <source>导入盘点表</source>
        <translation>Import count sheets</translation>
    </message>
    <message>
        <source>已导入 %1 个房间的 %2 条清点记录</source>
        <translation>Imported %2 counts of %1 rooms</translation>
    </message>
    <message>
        <source>（替换了同一盘点人此前导入的 %1 条，同一张表不重复计数）</source>
        <translation> (replacing %1 this counter imported before: a sheet is never counted twice)</translation>
    </message>
    <message>
        <source>资产盘点盈亏表</source>
        <translation>Stocktake surplus/deficit report</translation>
    </message>
    <message>
        <source>过账将一次完成以下处理，之后本次清查只读：</source>
        <translation>Posting does all of the following at once; the stocktake is read-only afterwards:</translation>
    </message>
    <message>
        <source>确认过账</source>
        <translation>Confirm posting</translation>
    </message>
    <message>
        <source>过账</source>
        <translation>Post</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>请先在 设置 → 学期 中设置当前学期</source>
        <translation>Set the current term first (Settings → Terms)</translation>
    </message>
    <message>
        <source>%1（%2 至 %3）</source>
        <translation>%1 (%2 to %3)</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>已复制，可粘贴到工作总结中</source>
        <translation>Copied: paste it into the written summary</translation>
    </message>
    <message>
        <source>重新统计</source>
        <translation>Count again</translation>
    </message>
    <message>
        <source>复制为文字</source>
        <translation>Copy as text</translation>
    </message>
    <message>
        <source>迎检资料…</source>
        <translation>Inspection binder…</translation>
    </message>
    <message>
        <source>打印总结…</source>
        <translation>Print summary…</translation>
    </message>
</context>
<context>
    <name>SuppliersPage</name>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>保存巡查表</source>
        <translation>Save checklist</translation>
    </message>
    <message>
        <source>新建巡查表</source>
        <translation>New checklist</translation>
    </message>
    <message>
        <source>打印所选空白表…</source>
        <translation>Print selected blank checklists…</translation>
    </message>
    <message>
        <source>按住 Ctrl 选几张巡查表，连成一条巡查路线打印</source>
        <translation>Hold Ctrl to pick several checklists and print them as one patrol route</translation>
    </message>
    <message>
        <source>添加项目…</source>
        <translation>Add item…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>停用/恢复</source>
        <translation>Retire / restore</translation>
    </message>
    <message>
        <source>检查项目（灰色为已停用：不再打印和填写，旧记录保留）</source>
        <translation>Items (grey ones are retired: no longer printed or asked; old records keep them)</translation>
    </message>
    <message>
        <source>（停用）</source>
        <translation> (retired)</translation>
    </message>
    <message>
        <source>（已停用）</source>
        <translation> (retired)</translation>
    </message>
    <message>
        <source>请先选中要打印的巡查表</source>
        <translation>Select the checklists to print first</translation>
    </message>
    <message>
        <source>打印空白表</source>
        <translation>Print blank checklist</translation>
    </message>
    <message>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>请先保存巡查表</source>
        <translation>Save the checklist first</translation>
    </message>
    <message>
        <source>添加检查项目</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>检查项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>修改检查项目</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <source>检查项目（旧记录保留原来的文字）</source>
        <translation>Item (old records keep the old wording)</translation>
    </message>
</context>
<context>
    <name>UserSession</name>
    <message>
        <source>切换用户…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <source>锁定屏幕</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <source>自动锁定时间…</source>
        <translation>Lock after…</translation>
    </message>
    <message>
        <source>自动锁定时间</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <source>无人操作多少分钟后锁定屏幕：</source>
        <translation>Lock the screen after this many idle minutes:</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>后勤</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <source>食堂</source>
        <translation>Canteen</translation>
    </message>
    <message>
        <source>安全</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>保健</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>校长</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>已建立用户，可以用它登录了</source>
        <translation>User created: they can log in now</translation>
    </message>
    <message>
        <source>角色已保存</source>
        <translation>Roles saved</translation>
    </message>
    <message>
        <source>已启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <source>密码已重设</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>新用户，或所选用户（改角色、重设密码）：</source>
        <translation>A new user, or the chosen one (roles, password):</translation>
    </message>
    <message>
        <source>新增用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>来访事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>被访人</source>
        <translation>Visiting</translation>
    </message>
    <message>
        <source>登记来访</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>只看仍在校内</source>
        <translation>Only those still inside</translation>
    </message>
    <message>
        <source>来访时间</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>离校时间</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>登记离校</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>打印本月登记簿</source>
        <translation>Print this month&apos;s log</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>仍在校内</source>
        <translation>Still inside</translation>
    </message>
    <message>
        <source>请先在列表中选中来访人员</source>
        <translation>Select the visitor in the list first</translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>症状</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>例数</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>报告期限</source>
        <translation>Report by</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>规则名称</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>病种</source>
        <translation>Disease</translation>
    </message>
    <message>
        <source>连续天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>报告时限（小时）</source>
        <translation>Report within (h)</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>没有待处理的疫情预警。</source>
        <translation>No outbreak warning to handle.</translation>
    </message>
    <message>
        <source>%1，%2 %3 例（%4—%5）：%6</source>
        <translation>%1, %2: %3 cases (%4–%5): %6</translation>
    </message>
    <message>
        <source>已超过报告期限 %1 小时</source>
        <translation>%1 hours past the report deadline</translation>
    </message>
    <message>
        <source>还剩 %1 小时报告</source>
        <translation>%1 hours left to report</translation>
    </message>
    <message>
        <source>请先选中一条待报告的预警</source>
        <translation>Select a warning to report first</translation>
    </message>
    <message>
        <source>已报告</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>排除预警</source>
        <translation>Dismiss the warning</translation>
    </message>
    <message>
        <source>请先选中一条预警</source>
        <translation>Select a warning first</translation>
    </message>
    <message>
        <source>预警规则</source>
        <translation>Warning rule</translation>
    </message>
    <message>
        <source>疫情预警（程序每次保存晨午检后按规则自动检查）</source>
        <translation>Outbreak warnings (checked by the program after every saved check)</translation>
    </message>
    <message>
        <source>显示已处理的</source>
        <translation>Show handled ones</translation>
    </message>
    <message>
        <source>已报告…</source>
        <translation>Reported…</translation>
    </message>
    <message>
        <source>排除…</source>
        <translation>Dismiss…</translation>
    </message>
    <message>
        <source>打印疫情报告…</source>
        <translation>Print the outbreak report…</translation>
    </message>
    <message>
        <source>预警规则（可修改；默认按 卫办疾控发〔2006〕65号）</source>
        <translation>Warning rules (editable; defaults from 卫办疾控发〔2006〕65号)</translation>
    </message>
    <message>
        <source>新增规则…</source>
        <translation>New rule…</translation>
    </message>
    <message>
        <source>修改规则…</source>
        <translation>Edit rule…</translation>
    </message>
</context>
</TS>
