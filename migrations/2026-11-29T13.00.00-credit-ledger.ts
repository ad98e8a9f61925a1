import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration, never an edit of this one.
// SPEC §5: the credit ledger, derived ratings, joint measures, repairs.

export async function up(db: Kysely<any>): Promise<void> {
  // One hash chain for the whole ledger. Appends lock this single row FOR UPDATE, so sequence
  // numbers are gapless and two appends can never both link to the same predecessor (a fork).
  // The row also remembers the tip, so deleting the newest events is detectable.
  await sql`
    create table credit_chain_head (
      id integer primary key check (id = 1),
      last_sequence bigint not null,
      last_hash char(64) not null,
      updated_at timestamptz not null
    )`.execute(db);
  await sql`insert into credit_chain_head values (1, 0, repeat('0', 64), now())`.execute(db);

  await sql`
    create table credit_event (
      id uuid primary key,
      sequence bigint not null unique check (sequence > 0),
      institution_id uuid not null references institution (id),
      kind text not null check (kind in ('finding', 'reversal', 'repair')),
      type text not null,
      severity text not null check (severity in ('general', 'serious', 'commendation')),
      source text not null check (source in ('inspection', 'escrow', 'contract', 'complaint', 'association',
                                             'market_supervision', 'court', 'regulator')),
      points numeric(8, 2) not null,
      basis text not null,
      evidence jsonb not null default '{}'::jsonb,
      occurred_at timestamptz not null,
      recorded_at timestamptz not null,
      publication_ends_on date,
      reverses uuid references credit_event (id),
      repairs uuid references credit_event (id),
      recorded_by text not null,
      recorder_role text not null,
      policy_version integer not null references policy_version (version),
      prev_hash char(64) not null,
      hash char(64) not null unique,
      check ((kind = 'finding') = (publication_ends_on is not null)),
      check ((kind = 'reversal') = (reverses is not null)),
      check ((kind = 'repair') = (repairs is not null))
    )`.execute(db);
  await sql`create index credit_event_by_institution on credit_event (institution_id, sequence)`.execute(db);
  // An event is reversed at most once and repaired at most once.
  await sql`create unique index credit_event_reverses on credit_event (reverses) where reverses is not null`.execute(db);
  await sql`create unique index credit_event_repairs on credit_event (repairs) where repairs is not null`.execute(db);
  await sql`create trigger credit_event_append_only before update or delete on credit_event
            for each row execute function refuse_modification()`.execute(db);

  // Written only under the chain-head lock, so `seq` order is commit order: the export cursor
  // (?since=) can never skip a change that commits late.
  await sql`create sequence credit_change_seq`.execute(db);
  await sql`
    create table credit_rating_change (
      seq bigint primary key default nextval('credit_change_seq'),
      institution_id uuid not null references institution (id),
      from_score numeric(8, 2),
      from_grade char(1),
      from_list text,
      to_score numeric(8, 2) not null,
      to_grade char(1) not null,
      to_list text,
      list_reason text,
      cause text not null check (cause in ('event', 'recompute', 'refresh')),
      event_id uuid references credit_event (id),
      as_of timestamptz not null,
      changed_at timestamptz not null,
      policy_version integer not null references policy_version (version)
    )`.execute(db);
  await sql`create index credit_rating_change_by_institution on credit_rating_change (institution_id, seq)`.execute(db);
  await sql`create trigger credit_rating_change_append_only before update or delete on credit_rating_change
            for each row execute function refuse_modification()`.execute(db);

  await sql`
    create table credit_rating (
      institution_id uuid primary key references institution (id),
      score numeric(8, 2) not null,
      grade char(1) not null check (grade in ('A', 'B', 'C', 'D')),
      list text check (list in ('red', 'watch', 'black')),
      list_reason text,
      list_since timestamptz,
      live_serious integer not null,
      live_breaches integer not null,
      open_rectifications integer not null,
      as_of timestamptz not null,
      computed_at timestamptz not null,
      policy_version integer not null references policy_version (version),
      last_change_seq bigint references credit_rating_change (seq)
    )`.execute(db);
  await sql`create index credit_rating_by_list on credit_rating (list, list_since, institution_id) where list is not null`.execute(db);

  // The joint-measure catalogue (联合奖惩措施清单). A measure is triggered by a list or a grade.
  await sql`
    create table credit_measure (
      code text primary key,
      kind text not null check (kind in ('reward', 'penalty')),
      trigger_list text check (trigger_list in ('red', 'watch', 'black')),
      trigger_grade char(1) check (trigger_grade in ('A', 'B', 'C', 'D')),
      department text not null,
      department_zh text not null,
      department_en text not null,
      effect_zh text not null,
      effect_en text not null,
      basis text not null,
      enforced_by text,
      active boolean not null default true,
      position integer not null,
      check ((trigger_list is null) <> (trigger_grade is null))
    )`.execute(db);
  const basisReward = '国发〔2016〕33号 守信联合激励；国市监信发〔2022〕6号 信用风险分类（A 类降低抽查比例）';
  const basisPenalty = '国发〔2016〕33号 失信联合惩戒；国市监信发〔2022〕6号 信用风险分类';
  const measures: Array<[string, string, string, string, string, string, string, string, string, string | null]> = [
    ['RED_SAMPLING_REDUCED', 'reward', 'red', 'education', '教育行政部门', 'Education commission',
     '降低“双随机、一公开”抽查权重（按 A 级权重）', 'Lower inspection sampling weight (grade-A weight)', basisReward, 'inspection.samplingWeight'],
    ['RED_ONSITE_EXEMPT', 'reward', 'red', 'education', '教育行政部门', 'Education commission',
     '无投诉或数据异常时可免于现场检查', 'May skip on-site checks unless there are complaints or data flags', basisReward, 'inspection.onSite'],
    ['RED_GREEN_CHANNEL', 'reward', 'red', 'education', '教育行政部门', 'Education commission',
     '行政审批“绿色通道”、容缺受理', 'Green channel and lenient acceptance for administrative applications', basisReward, null],
    ['WATCH_SAMPLING_INCREASED', 'penalty', 'watch', 'education', '教育行政部门', 'Education commission',
     '提高“双随机、一公开”抽查权重（按 C 级权重）', 'Higher inspection sampling weight (grade-C weight)', basisPenalty, 'inspection.samplingWeight'],
    ['WATCH_MONTHLY_FUND_REPORT', 'penalty', 'watch', 'education', '教育行政部门', 'Education commission',
     '按月报送预收费资金监管情况', 'Monthly report on supervised prepaid funds', basisPenalty, null],
    ['BLACK_SAMPLING_X4_ONSITE', 'penalty', 'black', 'education', '教育行政部门', 'Education commission',
     '抽查权重提高至 4 倍（按 D 级权重）并必须现场检查', 'Sampling weight ×4 (grade-D weight) with a mandatory on-site visit', basisPenalty, 'inspection.samplingWeight'],
    ['BLACK_NO_NEW_PREPAYMENTS', 'penalty', 'black', 'education', '教育行政部门', 'Education commission',
     '停止收取新的预收费', 'No new prepayments', `${basisPenalty}；教监管函〔2021〕2号`, 'escrow.prepaymentBlock'],
    ['BLACK_PUBLIC_LISTING', 'penalty', 'black', 'education', '教育行政部门', 'Education commission',
     '列入黑名单并向社会公示', 'Listed publicly on the black list', `${basisPenalty}；发改办财金〔2019〕527号`, 'public.lists'],
    ['BLACK_NO_SUBSIDIES', 'penalty', 'black', 'finance', '财政部门', 'Finance bureau',
     '不得享受财政补贴、政府采购等支持', 'Barred from subsidies and public procurement', basisPenalty, null],
    ['BLACK_NO_HONOURS', 'penalty', 'black', 'education', '教育行政部门', 'Education commission',
     '不得参加评优评先', 'Barred from honours and awards', basisPenalty, null],
    ['BLACK_NOTICE_MARKET_SUPERVISION', 'penalty', 'black', 'market_supervision', '市场监督管理部门', 'Market supervision bureau',
     '通报市场监管部门实施联合惩戒', 'Notice to market supervision for joint penalties', basisPenalty, 'export'],
    ['BLACK_NOTICE_CIVIL_AFFAIRS', 'penalty', 'black', 'civil_affairs', '民政部门', 'Civil affairs bureau',
     '通报民政部门（民办非企业单位登记管理）', 'Notice to civil affairs (non-profit registration)', basisPenalty, 'export'],
    ['BLACK_NOTICE_HUMAN_RESOURCES', 'penalty', 'black', 'human_resources', '人力资源社会保障部门', 'Human resources and social security bureau',
     '通报人力资源社会保障部门（职业技能培训机构监管）', 'Notice to human resources (vocational training supervision)', basisPenalty, 'export'],
  ];
  for (const [position, m] of measures.entries()) {
    const [code, kind, list, department, departmentZh, departmentEn, effectZh, effectEn, basis, enforcedBy] = m;
    await sql`
      insert into credit_measure (code, kind, trigger_list, department, department_zh, department_en,
                                  effect_zh, effect_en, basis, enforced_by, position)
      values (${code}, ${kind}, ${list}, ${department}, ${departmentZh}, ${departmentEn},
              ${effectZh}, ${effectEn}, ${basis}, ${enforcedBy}, ${position + 1})`.execute(db);
  }

  await sql`
    create table credit_measure_application (
      id bigint generated always as identity primary key,
      measure_code text not null references credit_measure (code),
      institution_id uuid not null references institution (id),
      reason text not null,
      applied_at timestamptz not null,
      applied_by_change bigint not null references credit_rating_change (seq),
      lifted_at timestamptz,
      lifted_by_change bigint references credit_rating_change (seq),
      check ((lifted_at is null) = (lifted_by_change is null))
    )`.execute(db);
  await sql`create unique index credit_measure_in_force on credit_measure_application (institution_id, measure_code)
            where lifted_at is null`.execute(db);
  await sql`create index credit_measure_applied_by on credit_measure_application (applied_by_change)`.execute(db);
  await sql`create index credit_measure_lifted_by on credit_measure_application (lifted_by_change) where lifted_by_change is not null`.execute(db);

  await sql`
    create table credit_repair (
      id uuid primary key default gen_random_uuid(),
      institution_id uuid not null references institution (id),
      event_id uuid not null references credit_event (id),
      statement text not null,
      evidence jsonb not null,
      status text not null check (status in ('pending', 'approved', 'rejected')),
      earliest_on date not null,
      applied_at timestamptz not null,
      applicant_sub text not null,
      decided_at timestamptz,
      decided_by text,
      decision_reasons text,
      repair_event_id uuid references credit_event (id),
      policy_version integer not null references policy_version (version)
    )`.execute(db);
  await sql`create index credit_repair_by_institution on credit_repair (institution_id, applied_at, id)`.execute(db);
  await sql`create index credit_repair_by_status on credit_repair (status, applied_at, id)`.execute(db);
  await sql`create unique index credit_repair_one_pending on credit_repair (event_id) where status = 'pending'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['credit_repair', 'credit_measure_application', 'credit_measure', 'credit_rating',
                       'credit_rating_change', 'credit_event', 'credit_chain_head']) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
  await sql`drop sequence if exists credit_change_seq`.execute(db);
}
