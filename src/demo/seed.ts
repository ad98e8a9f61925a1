import { FixedClock } from '../clock';
import { SYSTEM } from '../auth/actor';
import type { AppContext } from '../context';
import type { Caller } from '../http/api';
import { addDays, dateInZone } from '../lib/dates';
import { fileCourse } from '../modules/institutions/course-service';
import type { InstitutionStatus } from '../modules/institutions/lifecycle';
import { DISTRICT_CODES, DISTRICTS, type Category } from '../modules/institutions/reference-data';
import { registerInstitution, transitionInstitution } from '../modules/institutions/service';
import { usccCheckCharacter } from '../modules/institutions/uscc';
import { seedCreditDemo } from '../modules/credit/demo';
import { seedEscrowDemo } from '../modules/escrow/demo';
import { seedEscrowSupervisionDemo } from '../modules/escrow/supervision-demo';
import { seedContractsDemo } from '../modules/contracts/demo';
import { prng } from '../lib/prng';


const ORG_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A well-formed USCC: 91 = enterprise (for-profit), 52 = private non-enterprise unit (non-profit). */
export function demoUscc(kind: 'for_profit' | 'non_profit', district: string, random: () => number): string {
  let org = '';
  for (let i = 0; i < 9; i++) org += ORG_CHARS[Math.floor(random() * ORG_CHARS.length)];
  const first17 = `${kind === 'for_profit' ? '91' : '52'}${district}${org}`;
  return first17 + usccCheckCharacter(first17);
}

interface Profile {
  brand: string;
  suffix: string;
  categories: Category[];
  kind: 'for_profit' | 'non_profit';
  mode: 'offline' | 'online';
  courses: Array<{ code: string; name: string; category: Category; classSize: number; totalLessons: number; lessonMinutes: number; price: string }>;
}

const PROFILES: Profile[] = [
  { brand: '启明', suffix: '艺术培训中心', kind: 'for_profit', mode: 'offline', categories: ['arts'],
    courses: [{ code: 'PIANO-1', name: '少儿钢琴启蒙', category: 'arts', classSize: 1, totalLessons: 48, lessonMinutes: 45, price: '220.00' },
              { code: 'ART-2', name: '少儿美术创意班', category: 'arts', classSize: 12, totalLessons: 32, lessonMinutes: 90, price: '120.00' }] },
  { brand: '飞跃', suffix: '体育俱乐部', kind: 'for_profit', mode: 'offline', categories: ['sports'],
    courses: [{ code: 'SWIM-1', name: '青少年游泳提高班', category: 'sports', classSize: 8, totalLessons: 20, lessonMinutes: 60, price: '180.00' },
              { code: 'BBALL-1', name: '篮球基础训练营', category: 'sports', classSize: 20, totalLessons: 30, lessonMinutes: 90, price: '95.00' }] },
  { brand: '知行', suffix: '学科辅导中心', kind: 'non_profit', mode: 'offline', categories: ['subject'],
    courses: [{ code: 'MATH-7', name: '初一数学同步辅导', category: 'subject', classSize: 20, totalLessons: 40, lessonMinutes: 45, price: '66.00' },
              { code: 'ENG-9', name: '初三英语小班', category: 'subject', classSize: 8, totalLessons: 40, lessonMinutes: 60, price: '110.00' }] },
  { brand: '星火', suffix: '科技创新中心', kind: 'for_profit', mode: 'offline', categories: ['science_tech', 'arts'],
    courses: [{ code: 'ROBOT-1', name: '机器人编程入门', category: 'science_tech', classSize: 10, totalLessons: 24, lessonMinutes: 90, price: '200.00' },
              { code: 'PY-1', name: '青少年 Python 编程', category: 'science_tech', classSize: 12, totalLessons: 36, lessonMinutes: 60, price: '150.00' }] },
  { brand: '博雅', suffix: '语言学校', kind: 'for_profit', mode: 'offline', categories: ['language'],
    courses: [{ code: 'JPN-1', name: '日语初级 N5', category: 'language', classSize: 15, totalLessons: 40, lessonMinutes: 90, price: '110.00' },
              { code: 'IELTS-1', name: '雅思强化班', category: 'language', classSize: 10, totalLessons: 30, lessonMinutes: 120, price: '160.00' }] },
  { brand: '云课堂', suffix: '在线教育', kind: 'non_profit', mode: 'online', categories: ['subject', 'language'],
    courses: [{ code: 'ONL-MATH', name: '在线初中数学', category: 'subject', classSize: 30, totalLessons: 40, lessonMinutes: 30, price: '22.00' },
              { code: 'ONL-ENG', name: '在线英语口语', category: 'language', classSize: 6, totalLessons: 48, lessonMinutes: 30, price: '60.00' }] },
  { brand: '匠心', suffix: '职业技能培训学校', kind: 'for_profit', mode: 'offline', categories: ['vocational'],
    courses: [{ code: 'BARISTA', name: '咖啡师职业技能', category: 'vocational', classSize: 12, totalLessons: 20, lessonMinutes: 180, price: '240.00' }] },
  { brand: '小橡树', suffix: '早教中心', kind: 'for_profit', mode: 'offline', categories: ['early_childhood', 'arts'],
    courses: [{ code: 'EC-1', name: '亲子早教综合课', category: 'early_childhood', classSize: 8, totalLessons: 48, lessonMinutes: 45, price: '100.00' }] },
  { brand: '夕阳红', suffix: '老年学堂', kind: 'non_profit', mode: 'offline', categories: ['elderly', 'arts'],
    courses: [{ code: 'CALLI-1', name: '书法研习班', category: 'elderly', classSize: 25, totalLessons: 30, lessonMinutes: 90, price: '40.00' }] },
];

/** Where each demo institution ends up, as a walk through the lifecycle. */
const PATHS: InstitutionStatus[][] = [
  ['active'], ['active'], ['active'], ['active'], ['active'], ['active'], ['active'], ['active'],
  [], // pending_review
  ['active', 'rectifying'],
  ['active', 'suspended'],
  ['active', 'closing'],
  ['rejected'],
  ['active', 'revoked'],
  ['active', 'closing', 'closed'],
];

const INSTITUTION_COUNT = 36;

export async function shouldSeedDemo(ctx: AppContext): Promise<boolean> {
  if (ctx.config.seedDemo === 'off') return false;
  if (ctx.config.seedDemo === 'auto' && ctx.engine !== 'pglite') return false;
  const row = await ctx.db.selectFrom('institution').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/**
 * A realistic demo set: 36 institutions across the 16 districts, every category and every
 * status, with sites and filed courses, all made through the services so every rule holds.
 */
export async function seedDemoData(ctx: AppContext): Promise<{ institutions: number; courses: number }> {
  const random = prng(20211024);
  const caller: Caller = { actor: SYSTEM, requestId: 'demo-seed', lang: 'zh' };
  const today = dateInZone(ctx.clock.now(), ctx.config.timeZone);
  // Lifecycle steps are taken 60 days in the past so the closure notice period has run.
  const past = new FixedClock(new Date(ctx.clock.now().getTime() - 60 * 86_400_000));
  const pastCtx: AppContext = { ...ctx, clock: past };
  let courses = 0;
  const closingLater: string[] = [];
  for (let i = 0; i < INSTITUTION_COUNT; i++) {
    // A minute apart, so registration order (the default list order) is the loop's order.
    past.set(new Date(ctx.clock.now().getTime() - 60 * 86_400_000 + i * 60_000));
    const profile = PROFILES[i % PROFILES.length]!;
    const district = DISTRICT_CODES[i % DISTRICT_CODES.length]!;
    const districtName = DISTRICTS[district].zh;
    const name = `上海${districtName.replace(/区$|新区$/, '')}${profile.brand}${profile.suffix}`;
    const foundedOn = addDays(today, -(400 + Math.floor(random() * 3000)));
    const institution = await registerInstitution(pastCtx, caller, {
      uscc: demoUscc(profile.kind, district, random),
      name: i >= PROFILES.length ? `${name}（${Math.floor(i / PROFILES.length) + 1}部）` : name,
      kind: profile.kind,
      districtCode: district,
      address: `上海市${districtName}${['人民路', '淮海路', '世纪大道', '南京西路', '中山北路'][i % 5]}${100 + i * 7}号`,
      legalRepresentative: ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '周杰'][i % 8]!,
      contactPhone: `021-${String(50000000 + i * 1237).slice(0, 8)}`,
      ...(profile.mode === 'offline'
        ? { licence: { number: `教民${district}${String(1000 + i).padStart(6, '0')}号`, expiresOn: addDays(today, 200 + i * 20) } }
        : { icpFilingNumber: `沪ICP备${20210000 + i}号`, licence: { number: `教民310000${String(7000 + i)}号`, expiresOn: addDays(today, 700) } }),
      approvalAuthority: `上海市${districtName}教育局`,
      registrationAuthority: profile.kind === 'for_profit' ? `上海市${districtName}市场监督管理局` : `上海市${districtName}民政局`,
      categories: profile.categories,
      mode: profile.mode,
      foundedOn,
      supervisionMode: profile.categories.includes('subject') || i % 3 !== 0 ? 'custody' : 'deposit',
      sites:
        profile.mode === 'offline'
          ? [{ name: '主校区', address: `上海市${districtName}学府路${10 + i}号`, districtCode: district, capacity: 60 + (i % 5) * 40 }]
          : [],
    });
    for (const c of profile.courses) {
      await fileCourse(pastCtx, caller, institution.id, {
        code: c.code,
        name: c.name,
        category: c.category,
        mode: profile.mode,
        classSize: c.classSize,
        totalLessons: c.totalLessons,
        lessonMinutes: c.lessonMinutes,
        pricePerLesson: c.price,
        chargingMode: 'per_lesson',
      });
      courses++;
    }
    const path = PATHS[i % PATHS.length]!;
    for (const [step, to] of path.entries()) {
      // An institution still closing takes its students' prepayments first (the escrow demo
      // below), so its wind-down plan has figures: it moves to closing after that.
      if (to === 'closing' && path.at(-1) === 'closing') {
        closingLater.push(institution.id);
        continue;
      }
      // closed needs the notice period to have run, so the last step happens today.
      const stepCtx = to === 'closed' ? ctx : pastCtx;
      past.set(new Date(ctx.clock.now().getTime() - (60 - step) * 86_400_000 + i * 60_000));
      await transitionInstitution(stepCtx, caller, institution.id, { to, reason: DEMO_REASONS[to] ?? '演示数据' });
    }
  }
  // Credit events, ratings and lists (SPEC §5), once the institutions exist.
  await seedCreditDemo(ctx);
  // Enrollments, lessons, a refund, cards and a release run on the escrow ledger (SPEC §3).
  await seedEscrowDemo(ctx);
  // Insurance, guarantees, deposits, a reconciliation and the wind-down of the closing ones (SPEC §3.2–3.7).
  await seedEscrowSupervisionDemo(ctx, { closing: closingLater });
  // Filed contracts: clean model contracts, one with unfair clauses and an open case (SPEC §4).
  await seedContractsDemo(ctx);
  return { institutions: INSTITUTION_COUNT, courses };
}

const DEMO_REASONS: Partial<Record<InstitutionStatus, string>> = {
  active: '材料齐全，审核通过',
  rectifying: '收费公示不规范，责令整改',
  suspended: '存在安全隐患，暂停办学',
  closing: '举办者申请停业，进入退出程序',
  closed: '公示期满，退费完毕',
  rejected: '办学场所不符合要求',
  revoked: '超范围办学，吊销许可',
};
