import { Random } from './random';
import type { ShippingAddress } from './state';

const NAMES: readonly [string, string][] = [
  ['김민준', 'minjun'],
  ['이서연', 'seoyeon'],
  ['박지훈', 'jihoon'],
  ['최수아', 'sooa'],
  ['정예린', 'yerin'],
  ['강도윤', 'doyoon'],
  ['조하은', 'haeun'],
  ['윤서준', 'seojun'],
  ['장지우', 'jiwoo'],
  ['임채원', 'chaewon'],
  ['한지민', 'jimin'],
  ['오승현', 'seunghyun'],
  ['서다은', 'daeun'],
  ['신현우', 'hyunwoo'],
  ['권나연', 'nayeon'],
  ['황태민', 'taemin'],
];

const ADDRESSES: readonly { baseAddress: string; detailedAddress: string; zipCode: string }[] = [
  { baseAddress: '서울특별시 강남구 테헤란로 152', detailedAddress: '12층 1203호', zipCode: '06236' },
  { baseAddress: '서울특별시 마포구 양화로 45', detailedAddress: '3층', zipCode: '04036' },
  { baseAddress: '부산광역시 해운대구 센텀중앙로 79', detailedAddress: '101동 1502호', zipCode: '48058' },
  { baseAddress: '경기도 성남시 분당구 판교역로 235', detailedAddress: 'A동 7층', zipCode: '13494' },
  { baseAddress: '대구광역시 수성구 동대구로 330', detailedAddress: '205호', zipCode: '42020' },
  { baseAddress: '인천광역시 연수구 컨벤시아대로 165', detailedAddress: '2204호', zipCode: '21998' },
  { baseAddress: '광주광역시 서구 상무중앙로 110', detailedAddress: '8층', zipCode: '61949' },
  { baseAddress: '대전광역시 유성구 대학로 99', detailedAddress: '3동 210호', zipCode: '34134' },
  { baseAddress: '경기도 고양시 일산동구 중앙로 1275', detailedAddress: '302동 804호', zipCode: '10401' },
  { baseAddress: '제주특별자치도 제주시 첨단로 242', detailedAddress: '1층', zipCode: '63309' },
  {
    baseAddress: '서울특별시 송파구 올림픽로 300',
    detailedAddress: '롯데월드타워 오피스 25층',
    zipCode: '05551',
  },
  { baseAddress: '강원특별자치도 춘천시 중앙로 1', detailedAddress: '2층 201호', zipCode: '24266' },
];

const MEMOS = [
  '부재 시 문 앞에 놓아주세요.',
  '배송 전 연락 바랍니다.',
  '경비실에 맡겨주세요.',
  '',
  '택배함에 넣어주세요.',
  '파손 주의 부탁드립니다.',
  '',
];

const PAYMENT_MEANS = [
  '신용카드',
  '신용카드 간편결제',
  '계좌 간편결제',
  '포인트/머니결제',
  '휴대폰 간편결제',
  '무통장입금',
];

export interface Buyer {
  ordererId: string;
  ordererNo: string;
  ordererName: string;
  ordererTel: string;
  paymentMeans: string;
  shippingAddress: ShippingAddress;
  shippingMemo: string;
}

/** A buyer derived only from `seq`: the same number always gives the same person. */
export function buyerFor(seq: number): Buyer {
  const rnd = new Random(0x5eed + seq * 7919);
  const [name, roman] = rnd.pick(NAMES);
  const address = rnd.pick(ADDRESSES);
  const tel = `010-${rnd.digits(4)}-${rnd.digits(4)}`;
  const sameReceiver = rnd.next() < 0.8;
  const [receiverName] = sameReceiver ? [name] : rnd.pick(NAMES);
  return {
    ordererId: `${roman.slice(0, 4)}****`,
    ordererNo: `1${rnd.digits(9)}`,
    ordererName: name,
    ordererTel: tel,
    paymentMeans: rnd.pick(PAYMENT_MEANS),
    shippingAddress: {
      addressType: 'DOMESTIC',
      name: receiverName,
      tel1: sameReceiver ? tel : `010-${rnd.digits(4)}-${rnd.digits(4)}`,
      baseAddress: address.baseAddress,
      detailedAddress: address.detailedAddress,
      zipCode: address.zipCode,
      isRoadNameAddress: true,
    },
    shippingMemo: rnd.pick(MEMOS),
  };
}
