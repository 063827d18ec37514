import { route } from '../router';

export const shopRoutes = [
  route('GET', '/api/v1/shop', ({ shop }) => ({
    status: 200,
    body: { shopId: shop.shopId, shopName: shop.shopName, adminUrl: shop.adminUrl },
  })),
];
