/** Realistic values for the model contract (a non-subject course within every limit of SPEC §3.1). */
export const TEMPLATE_VALUES = {
  contract: { number: 'HT-2025-000123', signedOn: '2025-03-01' },
  institution: {
    name: '上海市浦东新区某某艺术培训学校',
    address: '上海市浦东新区世纪大道100号3楼',
    uscc: '52310115MJ1234567X',
    licence: { number: '教民131011570001234号', expiresOn: '2027-12-31' },
    approvalAuthority: '上海市浦东新区教育局',
    registrationAuthority: '上海市浦东新区民政局',
    contactPerson: '王老师',
    contactPhone: '021-12345678',
    supervisedAccount: { bank: '某某银行上海浦东支行', name: '上海市浦东新区某某艺术培训学校', number: '31050100000000000123' },
  },
  student: { name: '李小明', school: '浦东新区某某小学', grade: '四年级' },
  guardian: { name: '李大明', relationship: '父子', phone: '13800000000', address: '上海市浦东新区某某路1号' },
  course: { category: '线下非学科类', name: '少儿钢琴基础', code: 'PD-ART-0001', totalLessons: 48, lessonMinutes: 45, mode: '线下', classType: '小班', classSize: 6 },
  enrollment: { lessonsPaid: 44, giftLessons: 4, amountPaid: '4400.00', schedule: '每周六 9:00—10:30', serviceStartsOn: '2025-03-08', serviceEndsOn: '2025-05-31' },
} as const;
