/*
 * Traditional → simplified characters for the scanner's normaliser (normalize.ts): contracts edited
 * in Hong Kong, Taiwan or Macau, or typed with a traditional input method, must meet the same rules.
 */

/** Traditional forms of the characters the rules look for; enough for edited copies from HK/TW. */
const TRADITIONAL = '費费課课機机構构責责權权釋释違违約约還还學学員员與与條条證证時时為为爲为個个內内無无經经後后開开簽签並并們们號号賠赔償偿損损財财負负擔担義义務务請请轉转讓让訴诉訟讼議议條条種种準准應应當当規规則则給给將将對对於于該该項项額额價价錢钱帳账戶户銀银貸贷款款剩剩餘余補补絕绝變变動动師师點点區区場场處处罰罚賬账買买賣卖證证醫医療疗傷伤險险頁页終终體体關关係系爭争裁裁級级換换過过達达滿满週周簡简兩两錄录覽览發发隻只鐘钟歲岁據据處处導导啟启線线網网聯联繫系雙双備备註注狀状況况實实際际營营業业範范圍围'
  ;
/**
 * More traditional forms seen in HK/TW/Macau-edited contracts (pairs, traditional first). Only
 * characters whose simplified form is unambiguous are listed.
 */
const TRADITIONAL_MORE =
  '現现間间報报遲迟認认識识讀读觀观術术藝艺館馆園园獎奖勵励贈赠優优紀纪續续繳缴納纳匯汇訂订購购標标減减選选擇择糾纠紛纷調调論论評评衛卫護护監监託托專专碼码掃扫資资統统計计總总數数億亿萬万節节輔辅習习練练訓训測测試试驗验績绩書书屬属歸归決决異异閱阅詳详細细確确聲声棄弃頂顶嚴严禮礼鍛锻煉炼離离隨随設设壞坏遺遗丟丢竊窃盜盗盡尽職职雖虽災灾風风勞劳門门車车單单質质線线從从們们麼么範范圍围餘余預预儲储鈔钞寶宝產产閉闭辦办遷迁併并償偿倉仓壓压廳厅廣广誤误謝谢講讲課课溝沟談谈諾诺適适難难題题響响導导達达聽听說说話话語语訊讯網网絡络誌志臺台啟启屆届縣县貳贰陸陆參参舉举勸劝斷断繼继續续處处罰罚傢家長长師师員员賬账帳账轉转讓让換换賠赔擔担負负險险義义務务責责權权應应該该須须準准規规則则給给將将對对於于項项額额價价錢钱銀银剩剩補补絕绝變变動动點点區区場场買买賣卖醫医療疗傷伤頁页終终體体關关係系爭争級级過过滿满週周簡简兩两錄录覽览發发隻只鐘钟歲岁據据啟启聯联繫系雙双備备註注狀状況况實实際际營营業业';
/**
 * The remaining traditional forms of every character the rules look for (pairs, traditional
 * first), taken from OpenCC's tw/hk → cn tables: a character that the rules use as it is is never
 * rewritten. Regenerate when the rules start using characters not covered here.
 */
const TRADITIONAL_FOR_RULES =
  '乾干亂乱佈布佔占來来侷局俬私傳传債债僅仅儘尽兌兑兒儿冊册凍冻別别刪删剝剥創创劃划劇剧劍剑協协卽即厤历唄呗問问啓启喪丧噁恶噹当嚮向國国團团埰采執执塊块墊垫墰坛壇坛壜坛夠够夥伙奪夺奬奖寀采審审寫写尋寻層层崗岗帶带幣币幷并幹干幾几廢废張张強强彆别彔录彙汇徑径復复徵征惡恶慮虑憑凭拚拼掛挂採采搶抢摺折撓挠撥拨擁拥擊击擾扰攤摊敎教昇升暫暂曆历曉晓曏向會会朮术東东枱台棊棋榦干樂乐樣样檔档檢检檯台檻槛欄栏歷历殘残毀毁氣气沒没洩泄滙汇漲涨濟济燙烫燬毁牴抵獨独獲获産产畫画畵画眞真眾众睏困礙碍祕秘稱称積积穫获筆笔箇个籤签糰团紅红紹绍組组結结絶绝綁绑綑捆綫线維维緻致織织繞绕繪绘纍累纔才罈坛罎坛羣群脩修腦脑臨临舊旧舘馆葯药蓆席蓋盖蔘参薦荐藥药虛虚衆众衕同衹只裏里裝装裡里製制複复覈核見见視视親亲許许診诊証证詆诋詢询誘诱説说誹诽諒谅諮咨諸诸謗谤謠谣謡谣謹谨譭毁貴贵貼贴賦赋踰逾躉趸較较輕轻輪轮轄辖迴回逕径這这進进遊游運运遶绕釦扣鈎钩鉤钩銷销錯错録录錶表鏡镜閤合閲阅闆板陞升陳陈隊队階阶隱隐雜杂電电韆千順顺頓顿領领頭头頻频願愿類类顧顾顯显颱台飾饰駐驻髮发鬚须麪面麫面麵面鼕冬齊齐齣出';
export const TRAD_TO_SIMP: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const more = Array.from(TRADITIONAL_MORE + TRADITIONAL_FOR_RULES);
  for (let k = 0; k + 1 < more.length; k += 2) {
    const t = more[k];
    const s = more[k + 1];
    if (t !== undefined && s !== undefined && t !== s) m.set(t, s);
  }
  const chars = Array.from(TRADITIONAL);
  for (let k = 0; k + 1 < chars.length; k += 2) {
    const t = chars[k];
    const s = chars[k + 1];
    if (t !== undefined && s !== undefined && t !== s) m.set(t, s);
  }
  return m;
})();

export const TRAD_CODE_TO_SIMP: ReadonlyMap<number, number> = new Map(
  Array.from(TRAD_TO_SIMP, ([t, simp]) => [t.charCodeAt(0), simp.charCodeAt(0)] as const),
);
