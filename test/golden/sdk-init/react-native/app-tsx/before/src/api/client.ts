import {fetch} from 'react-native-ssl-pinning';

export function getProducts(): Promise<Response> {
  return fetch('https://api.example-shop.com/products', {
    method: 'GET',
    sslPinning: {certs: ['api_example_shop']},
  });
}
