/**
 * Shape 7 of the forms: pages machine-converted to traditional characters, sometimes with
 * pinyin inserted after characters (`項(xiàng)目`). `stripPinyin` drops the pinyin,
 * `toSimplified` lets the template's labels be recognised in either script. `toSimplified` is
 * for recognising labels; free text is never rewritten with it.
 */

/**
 * Simplified → traditional, one character each. The value's first character is the form
 * `toTraditional` writes; every character of the value maps back to the key in `toSimplified`
 * (so 后: "後后" reads both 後 and 后 as 后, and 系: "系係繫" keeps 系 but reads 係 and 繫).
 * Covers every character of the form's labels and vocabulary plus the common characters that
 * have a distinct traditional form.
 */
const SIMPLIFIED_TO_TRADITIONAL: Readonly<Record<string, string>> = {
  万: "萬", 与: "與", 专: "專", 业: "業", 丛: "叢", 东: "東", 丝: "絲", 两: "兩", 严: "嚴", 丧: "喪", 个: "個", 丰: "豐",
  临: "臨", 为: "為爲", 丽: "麗", 举: "舉", 么: "麼", 义: "義", 乌: "烏", 乐: "樂", 乔: "喬", 习: "習", 乡: "鄉", 书: "書",
  买: "買", 乱: "亂", 争: "爭", 亏: "虧", 云: "雲云", 亚: "亞", 产: "產", 亩: "畝", 亲: "親", 亿: "億", 仅: "僅", 从: "從",
  仓: "倉", 仪: "儀", 们: "們", 价: "價", 众: "眾衆", 优: "優", 会: "會", 伞: "傘", 伟: "偉", 传: "傳", 伤: "傷", 伦: "倫",
  伪: "偽", 体: "體", 佣: "傭", 侠: "俠", 侣: "侶", 侥: "僥", 侦: "偵", 侧: "側", 侨: "僑", 侬: "儂", 俩: "倆", 俭: "儉",
  债: "債", 倾: "傾", 偿: "償", 储: "儲", 儿: "兒", 兑: "兌", 兰: "蘭", 关: "關", 兴: "興", 养: "養", 兽: "獸", 内: "內",
  冈: "岡", 册: "冊", 写: "寫", 军: "軍", 农: "農", 冯: "馮", 冲: "衝沖", 决: "決", 况: "況", 冻: "凍", 净: "淨", 凉: "涼",
  减: "減", 凑: "湊", 凤: "鳳", 凭: "憑", 凯: "凱", 击: "擊", 凿: "鑿", 刍: "芻", 划: "劃划", 刘: "劉", 则: "則", 刚: "剛",
  创: "創", 删: "刪", 别: "別", 刹: "剎", 剂: "劑", 剑: "劍", 剥: "剝", 剧: "劇", 劝: "勸", 办: "辦", 务: "務", 动: "動",
  励: "勵", 劲: "勁", 劳: "勞", 势: "勢", 勋: "勳", 匀: "勻", 区: "區", 医: "醫", 华: "華", 协: "協", 单: "單", 卖: "賣",
  卢: "盧", 卫: "衛衞", 却: "卻", 厂: "廠", 厅: "廳", 历: "歷曆", 厉: "厲", 压: "壓", 厌: "厭", 厕: "廁", 厘: "釐", 厢: "廂",
  厦: "廈", 厨: "廚", 县: "縣", 参: "參", 双: "雙", 发: "發髮", 变: "變", 叙: "敘", 叠: "疊", 叶: "葉", 号: "號", 叹: "嘆",
  吁: "籲", 吓: "嚇", 吕: "呂", 吗: "嗎", 吨: "噸", 听: "聽", 吴: "吳", 员: "員", 呜: "嗚", 咏: "詠", 响: "響", 哑: "啞",
  唤: "喚", 啸: "嘯", 喷: "噴", 嘱: "囑", 团: "團糰", 园: "園", 围: "圍", 图: "圖", 圆: "圓", 圣: "聖", 场: "場", 坏: "壞",
  块: "塊", 坚: "堅", 坛: "壇", 坝: "壩", 坟: "墳", 坠: "墜", 垄: "壟", 垒: "壘", 垦: "墾", 垫: "墊", 墙: "牆", 壮: "壯",
  声: "聲", 壳: "殼", 壶: "壺", 处: "處", 备: "備", 复: "復複", 够: "夠", 夸: "誇", 夹: "夾", 夺: "奪", 奋: "奮", 奖: "獎",
  妆: "妝", 妇: "婦", 妈: "媽", 娄: "婁", 娱: "娛", 娇: "嬌", 婴: "嬰", 婶: "嬸", 孙: "孫", 学: "學", 宁: "寧", 宝: "寶",
  实: "實", 宠: "寵", 审: "審", 宪: "憲", 宽: "寬", 宾: "賓", 寝: "寢", 对: "對", 寻: "尋", 导: "導", 寿: "壽", 将: "將",
  尔: "爾", 尘: "塵", 尝: "嘗", 尧: "堯", 尽: "盡儘", 层: "層", 屉: "屜", 届: "屆", 属: "屬", 屡: "屢", 屿: "嶼", 岁: "歲",
  岂: "豈", 岗: "崗", 岛: "島", 岭: "嶺", 岳: "嶽", 峡: "峽", 币: "幣", 帅: "帥", 师: "師", 帐: "帳", 帘: "簾", 帜: "幟",
  带: "帶", 帮: "幫", 并: "並併", 广: "廣", 庄: "莊", 庆: "慶", 庐: "廬", 库: "庫", 应: "應", 庙: "廟", 庞: "龐", 废: "廢",
  开: "開", 异: "異", 弃: "棄", 张: "張", 弥: "彌", 弯: "彎", 弹: "彈", 强: "強", 归: "歸", 当: "當噹", 录: "錄", 彦: "彥",
  彻: "徹", 径: "徑", 忆: "憶", 忧: "憂", 怀: "懷", 态: "態", 怜: "憐", 总: "總", 恋: "戀", 恒: "恆", 恳: "懇", 恶: "惡",
  恼: "惱", 悦: "悅", 悬: "懸", 惊: "驚", 惧: "懼", 惨: "慘", 惩: "懲", 惫: "憊", 惭: "慚", 惯: "慣", 愤: "憤", 愿: "願",
  慑: "懾", 懒: "懶", 戏: "戲", 战: "戰", 户: "戶", 扑: "撲", 执: "執", 扩: "擴", 扫: "掃", 扬: "揚", 扰: "擾", 抚: "撫",
  抛: "拋", 抢: "搶", 护: "護", 报: "報", 担: "擔", 拟: "擬", 拢: "攏", 拣: "揀", 拥: "擁", 拦: "攔", 拧: "擰", 拨: "撥",
  择: "擇", 挂: "掛", 挚: "摯", 挟: "挾", 挠: "撓", 挡: "擋", 挣: "掙", 挤: "擠", 挥: "揮", 捞: "撈", 损: "損", 捡: "撿",
  换: "換", 捣: "搗", 据: "據", 掷: "擲", 掺: "摻", 揽: "攬", 搀: "攙", 搁: "擱", 搂: "摟", 搅: "攪", 携: "攜", 摄: "攝",
  摆: "擺", 摇: "搖", 摊: "攤", 撑: "撐", 撵: "攆", 敌: "敵", 敛: "斂", 数: "數", 斋: "齋", 斗: "鬥", 断: "斷", 无: "無",
  旧: "舊", 时: "時", 旷: "曠", 昼: "晝", 显: "顯", 晋: "晉", 晒: "曬", 晓: "曉", 晕: "暈", 暂: "暫", 术: "術", 机: "機",
  杀: "殺", 杂: "雜", 权: "權", 条: "條", 来: "來", 杨: "楊", 杰: "傑杰", 极: "極", 构: "構", 枪: "槍", 枣: "棗", 柜: "櫃",
  栅: "柵", 标: "標", 栈: "棧", 栋: "棟", 栏: "欄", 树: "樹", 样: "樣", 桥: "橋", 档: "檔", 桨: "槳", 桩: "樁", 梦: "夢",
  检: "檢", 椭: "橢", 楼: "樓", 榄: "欖", 横: "橫", 樱: "櫻", 欢: "歡", 欧: "歐", 歼: "殲", 残: "殘", 殡: "殯", 毁: "毀",
  毕: "畢", 毙: "斃", 气: "氣", 氢: "氫", 汇: "匯彙", 汉: "漢", 汤: "湯", 沟: "溝", 没: "沒", 沥: "瀝", 沦: "淪", 沧: "滄",
  沪: "滬", 泪: "淚", 泼: "潑", 泽: "澤", 洁: "潔", 洒: "灑", 浅: "淺", 浆: "漿", 浇: "澆", 浊: "濁", 测: "測", 济: "濟",
  浏: "瀏", 浑: "渾", 浓: "濃", 涂: "塗涂", 涌: "湧涌", 涛: "濤", 涝: "澇", 涡: "渦", 涣: "渙", 涤: "滌", 润: "潤", 涨: "漲",
  涩: "澀", 渊: "淵", 渍: "漬", 渐: "漸", 渔: "漁", 渗: "滲", 温: "溫", 湾: "灣", 湿: "濕", 溃: "潰", 溅: "濺", 滚: "滾",
  滞: "滯", 满: "滿", 滤: "濾", 滥: "濫", 滨: "濱", 滩: "灘", 潇: "瀟", 潜: "潛", 澜: "瀾", 濒: "瀕", 灭: "滅", 灯: "燈",
  灵: "靈", 灾: "災", 灿: "燦", 炉: "爐", 点: "點", 炼: "煉", 烁: "爍", 烂: "爛", 烛: "燭", 烟: "煙", 烦: "煩", 烧: "燒",
  烫: "燙", 热: "熱", 焕: "煥", 爱: "愛", 爷: "爺", 牵: "牽", 牺: "犧", 犹: "猶", 状: "狀", 独: "獨", 狭: "狹", 狮: "獅",
  狱: "獄", 猎: "獵", 猪: "豬", 猫: "貓", 献: "獻", 环: "環", 现: "現", 玛: "瑪", 玺: "璽", 琐: "瑣", 琼: "瓊", 电: "電",
  画: "畫", 畅: "暢", 疗: "療", 疮: "瘡", 疯: "瘋", 痒: "癢", 痪: "瘓", 痴: "癡", 瘫: "癱", 瘾: "癮", 癣: "癬", 皱: "皺",
  盏: "盞", 盐: "鹽", 监: "監", 盖: "蓋", 盗: "盜", 盘: "盤", 睁: "睜", 瞒: "瞞", 矫: "矯", 矿: "礦", 码: "碼", 砖: "磚",
  础: "礎", 硕: "碩", 确: "確", 碍: "礙", 碱: "鹼", 礼: "禮", 祸: "禍", 禄: "祿", 禅: "禪", 离: "離", 秃: "禿", 种: "種",
  积: "積", 称: "稱", 税: "稅", 稳: "穩", 穷: "窮", 窃: "竊", 窍: "竅", 窑: "窯", 窜: "竄", 窝: "窩", 竖: "豎", 竞: "競",
  笔: "筆", 笼: "籠", 筑: "築", 筛: "篩", 筹: "籌", 签: "簽籤", 简: "簡", 箩: "籮", 篮: "籃", 篱: "籬", 类: "類", 粪: "糞",
  粮: "糧", 紧: "緊", 纠: "糾", 红: "紅", 纤: "纖", 约: "約", 级: "級", 纪: "紀", 纬: "緯", 纯: "純", 纱: "紗", 纲: "綱",
  纳: "納", 纵: "縱", 纷: "紛", 纸: "紙", 纹: "紋", 纺: "紡", 纽: "紐", 线: "線綫", 练: "練", 组: "組", 绅: "紳", 细: "細",
  织: "織", 终: "終", 绍: "紹", 绎: "繹", 经: "經", 绑: "綁", 绒: "絨", 结: "結", 绕: "繞", 绘: "繪", 给: "給", 绚: "絢",
  络: "絡", 绝: "絕", 绞: "絞", 统: "統", 绢: "絹", 绣: "繡", 继: "繼", 绩: "績", 绪: "緒", 续: "續", 绳: "繩", 维: "維",
  绵: "綿", 绷: "繃", 绸: "綢", 综: "綜", 绽: "綻", 绿: "綠", 缀: "綴", 缓: "緩", 缔: "締", 缕: "縷", 编: "編", 缘: "緣",
  缚: "縛", 缝: "縫", 缠: "纏", 缩: "縮", 缴: "繳", 网: "網", 罗: "羅", 罚: "罰", 罢: "罷", 羁: "羈", 翘: "翹", 耸: "聳",
  耻: "恥", 聂: "聶", 聋: "聾", 职: "職", 联: "聯", 聪: "聰", 肃: "肅", 肠: "腸", 肤: "膚", 肾: "腎", 肿: "腫", 胀: "脹",
  胁: "脅", 胆: "膽", 胜: "勝", 胶: "膠", 脉: "脈", 脏: "臟髒", 脑: "腦", 脓: "膿", 脚: "腳", 脱: "脫", 脸: "臉", 腊: "臘",
  腻: "膩", 腾: "騰", 舆: "輿", 舰: "艦", 舱: "艙", 艰: "艱", 艳: "豔艷", 艺: "藝", 节: "節", 芜: "蕪", 芦: "蘆", 苇: "葦",
  苍: "蒼", 苏: "蘇", 苹: "蘋", 茎: "莖", 荐: "薦", 荡: "蕩", 荣: "榮", 荫: "蔭", 药: "藥", 莱: "萊", 莲: "蓮", 获: "獲穫",
  莹: "瑩", 莺: "鶯", 萝: "蘿", 萤: "螢", 营: "營", 萧: "蕭", 萨: "薩", 葱: "蔥", 蒋: "蔣", 蓝: "藍", 蔷: "薔", 蔼: "藹",
  蕴: "蘊", 虏: "虜", 虑: "慮", 虚: "虛", 虫: "蟲", 虽: "雖", 虾: "蝦", 蚀: "蝕", 蚁: "蟻", 蚂: "螞", 蚕: "蠶", 蛮: "蠻",
  蜡: "蠟", 蝇: "蠅", 衔: "銜", 补: "補", 衬: "襯", 袄: "襖", 袜: "襪", 袭: "襲", 装: "裝", 裤: "褲", 见: "見", 观: "觀",
  规: "規", 觅: "覓", 视: "視", 览: "覽", 觉: "覺", 触: "觸", 誉: "譽", 计: "計", 订: "訂", 认: "認", 讥: "譏", 讨: "討",
  让: "讓", 训: "訓", 议: "議", 讯: "訊", 记: "記", 讲: "講", 讳: "諱", 讶: "訝", 许: "許", 讹: "訛", 论: "論", 讼: "訟",
  讽: "諷", 设: "設", 访: "訪", 诀: "訣", 证: "證", 评: "評", 诅: "詛", 识: "識", 诈: "詐", 诉: "訴", 诊: "診", 词: "詞",
  译: "譯", 试: "試", 诗: "詩", 诚: "誠", 话: "話", 诞: "誕", 诡: "詭", 询: "詢", 该: "該", 详: "詳", 诫: "誡", 诬: "誣",
  语: "語", 误: "誤", 诱: "誘", 说: "說", 诵: "誦", 请: "請", 诸: "諸", 诺: "諾", 读: "讀", 课: "課", 谁: "誰", 调: "調",
  谅: "諒", 谈: "談", 谊: "誼", 谋: "謀", 谍: "諜", 谎: "謊", 谐: "諧", 谓: "謂", 谚: "諺", 谜: "謎", 谢: "謝", 谣: "謠",
  谦: "謙", 谨: "謹", 谬: "謬", 谱: "譜", 谴: "譴", 贝: "貝", 贞: "貞", 负: "負", 贡: "貢", 财: "財", 责: "責", 贤: "賢",
  败: "敗", 账: "賬", 货: "貨", 质: "質", 贩: "販", 贪: "貪", 贫: "貧", 贬: "貶", 购: "購", 贮: "貯", 贯: "貫", 贰: "貳",
  贱: "賤", 贴: "貼", 贵: "貴", 贷: "貸", 贸: "貿", 费: "費", 贺: "賀", 贼: "賊", 贾: "賈", 贿: "賄", 赁: "賃", 赂: "賂",
  赃: "贓", 资: "資", 赋: "賦", 赌: "賭", 赎: "贖", 赏: "賞", 赐: "賜", 赔: "賠", 赖: "賴", 赚: "賺", 赛: "賽", 赞: "贊",
  赠: "贈", 赡: "贍", 赢: "贏", 赵: "趙", 赶: "趕", 趋: "趨", 跃: "躍", 践: "踐", 踪: "蹤", 车: "車", 轨: "軌", 轩: "軒",
  转: "轉", 轮: "輪", 软: "軟", 轰: "轟", 轴: "軸", 轻: "輕", 载: "載", 轿: "轎", 较: "較", 辅: "輔", 辆: "輛", 辈: "輩",
  辉: "輝", 辐: "輻", 辑: "輯", 输: "輸", 辖: "轄", 辙: "轍", 辞: "辭", 辩: "辯", 边: "邊", 辽: "遼", 达: "達", 迁: "遷",
  过: "過", 迈: "邁", 运: "運", 还: "還", 这: "這", 进: "進", 远: "遠", 违: "違", 连: "連", 迟: "遲", 迹: "跡", 适: "適",
  选: "選", 逊: "遜", 递: "遞", 逻: "邏", 遗: "遺", 邓: "鄧", 邮: "郵", 邻: "鄰", 郁: "鬱郁", 郑: "鄭", 酝: "醞", 酱: "醬",
  酿: "釀", 释: "釋", 里: "里裡裏", 鉴: "鑒", 针: "針", 钉: "釘", 钓: "釣", 钙: "鈣", 钞: "鈔", 钟: "鐘鍾", 钠: "鈉", 钢: "鋼",
  钥: "鑰", 钦: "欽", 钩: "鈎鉤", 钱: "錢", 钻: "鑽", 铁: "鐵", 铃: "鈴", 铅: "鉛", 铜: "銅", 铝: "鋁", 铭: "銘", 铲: "鏟",
  银: "銀", 铸: "鑄", 铺: "鋪", 链: "鏈", 销: "銷", 锁: "鎖", 锅: "鍋", 锈: "鏽", 锋: "鋒", 锐: "銳", 错: "錯", 锚: "錨",
  锡: "錫", 锣: "鑼", 锤: "錘", 锦: "錦", 键: "鍵", 锯: "鋸", 锻: "鍛", 镀: "鍍", 镇: "鎮", 镜: "鏡", 镶: "鑲", 长: "長",
  门: "門", 闪: "閃", 闭: "閉", 问: "問", 闯: "闖", 闲: "閒閑", 间: "間", 闷: "悶", 闸: "閘", 闹: "鬧", 闻: "聞", 阀: "閥",
  阁: "閣", 阅: "閱", 阐: "闡", 阔: "闊", 队: "隊", 阳: "陽", 阴: "陰", 阵: "陣", 阶: "階", 际: "際", 陆: "陸", 陈: "陳",
  险: "險", 随: "隨", 隐: "隱", 隶: "隸", 难: "難", 雏: "雛", 雾: "霧", 静: "靜", 韦: "韋", 韩: "韓", 韵: "韻", 页: "頁",
  顶: "頂", 顷: "頃", 项: "項", 顺: "順", 须: "須鬚", 顽: "頑", 顾: "顧", 顿: "頓", 颁: "頒", 颂: "頌", 预: "預", 领: "領",
  颇: "頗", 颈: "頸", 频: "頻", 颖: "穎", 颗: "顆", 题: "題", 颜: "顏", 额: "額", 颠: "顛", 颤: "顫", 风: "風", 飘: "飄",
  飞: "飛", 饥: "飢饑", 饭: "飯", 饮: "飲", 饰: "飾", 饱: "飽", 饲: "飼", 饶: "饒", 饺: "餃", 饼: "餅", 饿: "餓", 馆: "館",
  馈: "饋", 马: "馬", 驰: "馳", 驱: "驅", 驳: "駁", 驴: "驢", 驶: "駛", 驻: "駐", 驼: "駝", 驾: "駕", 骂: "罵", 骄: "驕",
  骆: "駱", 骇: "駭", 验: "驗", 骑: "騎", 骗: "騙", 骚: "騷", 骤: "驟", 鱼: "魚", 鲁: "魯", 鲜: "鮮", 鲸: "鯨", 鸟: "鳥",
  鸡: "雞", 鸣: "鳴", 鸭: "鴨", 鸽: "鴿", 鹅: "鵝", 鹤: "鶴", 鹰: "鷹", 麦: "麥", 黄: "黃", 齐: "齊", 齿: "齒", 龙: "龍",
  龟: "龜", 征: "征徵", 制: "制製", 干: "幹乾干", 面: "面麵", 只: "只隻", 台: "台臺颱檯", 系: "系係繫", 表: "表錶", 范: "範范", 松: "松鬆", 合: "合閤",
  咸: "咸鹹", 板: "板闆", 舍: "舍捨", 谷: "谷穀", 朴: "樸朴", 御: "御禦", 游: "游遊", 托: "托託", 借: "借藉", 布: "布佈", 准: "準", 伙: "夥伙",
  余: "餘余", 致: "致緻", 姜: "姜薑", 国: "國", 头: "頭", 几: "幾", 党: "黨", 卷: "卷捲", 尸: "屍", 巩: "鞏", 斩: "斬", 龄: "齡",
  堕: "墮", 丑: "醜丑", 凶: "凶兇", 仆: "僕", 采: "採采", 陕: "陝", 洼: "窪", 于: "於于", 后: "後后", 启: "啟啓", 仑: "侖崙", 着: "著",
};

const S2T = new Map<string, string>();
const T2S = new Map<string, string>();
for (const [s, forms] of Object.entries(SIMPLIFIED_TO_TRADITIONAL)) {
  const [preferred] = [...forms];
  if (preferred !== undefined) S2T.set(s, preferred);
}
// Preferred forms first, so a traditional character that is also an alternative elsewhere
// maps back to the character it is the preferred form of.
for (const [s, forms] of Object.entries(SIMPLIFIED_TO_TRADITIONAL)) {
  const [preferred] = [...forms];
  if (preferred !== undefined && preferred !== s && !T2S.has(preferred)) T2S.set(preferred, s);
}
for (const [s, forms] of Object.entries(SIMPLIFIED_TO_TRADITIONAL)) {
  for (const t of [...forms].slice(1)) if (t !== s && !T2S.has(t)) T2S.set(t, s);
}

/**
 * The first UTF-16 code unit of each key of a table, flagged. Most text asked about holds no key
 * at all (simplified text asked for its simplified form, every line of every input): one scan of
 * code units tells so, and the text is returned as it is instead of being rebuilt character by
 * character. (A key outside the BMP flags its high surrogate, which only sends the text the slow way.)
 */
function firstUnits(table: ReadonlyMap<string, string>): Uint8Array {
  const flags = new Uint8Array(0x10000);
  for (const k of table.keys()) flags[k.charCodeAt(0)] = 1;
  return flags;
}

const T2S_UNITS = firstUnits(T2S);
const S2T_UNITS = firstUnits(S2T);

function mapChars(s: string, table: ReadonlyMap<string, string>, units: Uint8Array): string {
  let i = 0;
  while (i < s.length && units[s.charCodeAt(i)] === 0) i++;
  if (i === s.length) return s;
  // Text before the first key maps to itself (and ends on a whole character: a key's unit is no low surrogate).
  let out = s.slice(0, i);
  for (const ch of s.slice(i)) out += table.get(ch) ?? ch;
  return out;
}

/** Traditional characters → simplified (項目 → 项目); other characters unchanged. */
export function toSimplified(s: string): string {
  return mapChars(s, T2S, T2S_UNITS);
}

/** Simplified characters → traditional (项目 → 項目); other characters unchanged. */
export function toTraditional(s: string): string {
  return mapChars(s, S2T, S2T_UNITS);
}

/** The number of simplified characters in the table. */
export const SCRIPT_TABLE_SIZE = S2T.size;

// ---------------------------------------------------------------- pinyin

const INITIAL = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])";
const FINAL =
  "(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ue|ve|ui|er|a|o|e|i|u|v)";
/** One pinyin syllable, tone marks removed and ü written v (`xiang`, `lve`, `er`, `ng`), with an optional tone digit. */
const SYLLABLE = new RegExp(`^(?:${INITIAL}?${FINAL}|m|n|ng|hm|hng|e)[1-5]?$`, "u");

/** Removes tone marks: ā → a, ǚ → v, ü → v; the Latin alpha ɑ and script g ɡ of pinyin fonts too. */
function plainPinyin(s: string): string {
  return s
    .replace(/[üǖǘǚǜ]/gu, "v")
    .replace(/[ÜǕǗǙǛ]/gu, "V")
    .replace(/ɑ/gu, "a")
    .replace(/ɡ/gu, "g")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/gu, "");
}

/** Whether a parenthesised word is a pinyin syllable: lower case (or capitalised), letters only, a valid syllable. */
export function isPinyinSyllable(word: string): boolean {
  if (!/^[\p{Script=Latin}ɑɡ]+[1-5]?$/u.test(word)) return false;
  const plain = plainPinyin(word);
  if (!/^[A-Za-z]+[1-5]?$/u.test(plain)) return false;
  const lower = plain.toLowerCase();
  if (plain !== lower) {
    // Capitalised (Xiàng) is accepted; all capitals (A, B, AB) are labels such as 年初预算数(A).
    if (plain.length < 2 || plain.slice(1) !== lower.slice(1)) return false;
  }
  return SYLLABLE.test(lower);
}

const PINYIN_AFTER_HAN = /(\p{Script=Han})[(（]\s*([\p{Script=Latin}ɑɡ]+[1-5]?)\s*[)）]/gu;

/**
 * Drops a parenthesised pinyin syllable — Latin letters with or without tone marks, in ASCII or
 * full-width parentheses — that directly follows a Chinese character: `項(xiàng)目` → `項目`,
 * `績（jì）效` → `績效`. Other parentheses stay: `(2021年度)`, `(元)`, `(50分)`, `(A)`, `(B/A)`.
 */
export function stripPinyin(s: string): string {
  return s
    .replace(PINYIN_AFTER_HAN, (whole, han: string, word: string) => (isPinyinSyllable(word) ? han : whole))
    .replace(TONED_PINYIN, (whole, word: string) => (isPinyinSyllable(word) ? "" : whole));
}

/**
 * A syllable with a tone mark (`(yè)`) is pinyin after any character but a word in Latin letters:
 * a page whose character before it was mis-decoded (`螛I(yè)`, one stray letter after a Chinese
 * character) still carries it. Without a tone mark only after a Chinese character (`(A)`, `(en)` may
 * be a form's own); after a Latin word (`xiang(xiàng)`) it may be the page's own gloss.
 */
const TONED_PINYIN = /(?<=[^\sA-Za-z]|\p{Script=Han}[A-Za-z])[(（]\s*((?=[\p{Script=Latin}ɑɡ]*[\u00e0-\u01dc\u0300-\u036f])[\p{Script=Latin}ɑɡ\u0300-\u036f]+)\s*[)）]/gu;
