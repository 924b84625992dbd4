package dev.crm.app.channels;

import dev.crm.core.api.OutboxDelivery;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChannelProperties.class)
class ChannelConfiguration {

    /** Who this node is in leases and delivery histories: host name plus a per-start suffix. */
    @Bean
    String channelWorkerId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + ":" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Bean
    DeliveryWorker deliveryWorker(Channels channels, ChannelCalls calls, OutboxDelivery outbox,
                                  ChannelProperties properties, Clock clock, String channelWorkerId) {
        return new DeliveryWorker(channels, calls, outbox, properties, clock, channelWorkerId);
    }

    @Bean
    ChannelPolling channelPolling(Channels channels, ChannelCalls calls, ChannelInbound inbound, MongoOperations mongo,
                                  Clock clock, ChannelProperties properties, String channelWorkerId) {
        return new ChannelPolling(channels, calls, inbound, mongo, clock, properties, channelWorkerId);
    }
}
