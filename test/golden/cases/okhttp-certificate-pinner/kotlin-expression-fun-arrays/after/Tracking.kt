package io.fleetly.driver.network

import okhttp3.OkHttpClient
import io.approov.service.okhttp.ApproovService

/** The tracking client shares the base client's connection pool. */
fun trackingClient(base: OkHttpClient): OkHttpClient {
    ApproovService.setOkHttpClientBuilder(base.newBuilder())
    return ApproovService.getOkHttpClient()
}
