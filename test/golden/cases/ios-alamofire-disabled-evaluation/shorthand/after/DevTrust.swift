import Alamofire

let devTrustManager = ServerTrustManager(
    allHostsMustBeEvaluated: false,
    evaluators: ["dev.example.com": .default]
)
