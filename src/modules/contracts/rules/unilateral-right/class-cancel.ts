import { BASIS } from '../basis';
import { matcher } from '../define';
import type { Rule } from '../types';

export const UNILATERAL_CLASS_CANCEL: Rule = {
  id: 'UNILATERAL_CLASS_CANCEL',
  category: 'unilateral_right',
  severity: 'medium',
  patterns: [23],
  basis: BASIS.unilateral,
  suppresses: ['REFUND_NO_REFUND'],
  suppressInSentence: true,
  explanation: {
    zh: '条款规定未达最低开班人数时经营者可取消或合并班级，且已缴费用只能转为其他课程，排除了消费者的选择权和退费权。',
    en: 'The clause lets the operator cancel or merge a class below the minimum size and only move the fees to another course, removing the consumer’s choice and refund.',
  },
  suggestion: {
    zh: '未达到最低开班人数的，甲方应及时告知乙方，由乙方选择转班、延期开班或全额退费。',
    en: 'If the minimum class size is not reached, the student chooses between another class, a later start or a full refund.',
  },
  zh: matcher({
    anyOf: ['人数', '人', '开班', '成班', '开课', '招生', '生源', '报名'],
    triggers: [
      /(?:视|根据|按照)[^.]{0,6}?(?:报名|招生)(?:情况|人数)[^.]{0,6}?(?:决定|确定)(?:是否)?(?:开班|开课)/,
      /(?:未开班|不开班|未能开班|取消开班|无法开班)(?:的)?[^.]{0,4}?(?:费用|学费|款项)[^.]{0,6}?(?:转入|转为|顺延|转至|自动转)/,
      /(?:(?:未达|不足|达不到|未满|低于|不够|未达到|没有达到|少于|未能达到)[^.]{0,10}?(?:开班|最低|最少|成班|规定|约定)?(?:人数|人)|(?:报名|开班|成班|招生|班级)?人数(?:不足|未达到?|达不到|未满|少于|低于|不够)|(?:招生|生源|报名)(?:人数)?(?:不足|不够|过少|较少))[^.]{0,25}?(?:取消|合班|合并|并班|并入|延期开班|推迟|顺延|调整|转为|转入|转至|改为|调至|插班|择期|另行安排)/,
    ],
    unless: [
      { re: /全额退|全部退|退还全部|退还已缴|全额返还|(?:乙方|学员|家长|消费者)(?:可|可以|有权)(?:自主)?(?:选择|要求|决定)|可以选择|由(?:乙方|学员|家长|消费者)(?:自主)?选择|征得[^.]{0,6}同意|经[^.]{0,6}同意|协商|自愿/, scope: 'sentence' },
    ],
  }),
  en: matcher({
    anyOf: ['minimum', 'fewer', 'less than', 'enough'],
    triggers: [
      /\b(?:minimum (?:number of )?(?:students|enrol\w*|class size|participants)|(?:fewer|less) than \d+ (?:students|participants|enrol\w*|learners|pupils|children|members|people|persons)|not enough (?:students|participants|learners|pupils|children|members|people))\b[^.]{0,60}?\b(?:cancel\w*|merge\w*|combine\w*|postpone\w*|transfer\w*|move\w*|reassign\w*|convert\w*)\b/,
    ],
    unless: [{ re: /\bfull refund|\brefund(?:ed)? in full|\bmay choose|\bat (?:the )?(?:student|parent)'?s? (?:choice|option)|\bconsent\b|\boption (?:of|to)\b/, scope: 'sentence' }],
  }),
};
