/** iOS rules: Info.plist App Transport Security, TrustKit, Alamofire, AFNetworking, URLSession delegates. */
import type { Rule } from '../rule';
import { iosAfnetworkingInsecurePolicy } from './ios-afnetworking-insecure-policy';
import { iosAfnetworkingPinning } from './ios-afnetworking-pinning';
import { iosAlamofireDisabledEvaluation } from './ios-alamofire-disabled-evaluation';
import { iosAlamofirePinning } from './ios-alamofire-pinning';
import { iosAtsArbitraryLoads } from './ios-ats-arbitrary-loads';
import { iosAtsInsecureHttpException } from './ios-ats-insecure-http-exception';
import { iosAtsMinimumTlsVersion } from './ios-ats-minimum-tls-version';
import { iosAtsPinnedDomains } from './ios-ats-pinned-domains';
import { iosTrustKitEnforcePinningOff } from './ios-trustkit-enforce-pinning-off';
import { iosTrustKitPins } from './ios-trustkit-pins';
import { iosUnevaluatedServerTrust } from './ios-unevaluated-server-trust';

export const IOS_RULES: readonly Rule[] = [
  iosAtsPinnedDomains,
  iosTrustKitPins,
  iosAlamofirePinning,
  iosAfnetworkingPinning,
  iosUnevaluatedServerTrust,
  iosAlamofireDisabledEvaluation,
  iosAfnetworkingInsecurePolicy,
  iosAtsArbitraryLoads,
  iosAtsInsecureHttpException,
  iosAtsMinimumTlsVersion,
  iosTrustKitEnforcePinningOff,
];
