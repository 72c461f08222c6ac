package com.tideway.billing.soap

import org.apache.cxf.configuration.jsse.TLSClientParameters
import org.apache.cxf.frontend.ClientProxy
import org.apache.cxf.transport.http.HTTPConduit

/** The archive service keeps its old certificate until the 2026 migration. */
class ArchiveSoapClient(private val port: Any) {

    fun configure(strict: Boolean) {
        val conduit = ClientProxy.getClient(port).conduit as HTTPConduit
        conduit.tlsClientParameters = TLSClientParameters().apply {
            isDisableCNCheck = true // ph-expect: cxf-disable-cn-check
        }
        if (strict) {
            conduit.tlsClientParameters.isDisableCNCheck = false
        }
    }
}
