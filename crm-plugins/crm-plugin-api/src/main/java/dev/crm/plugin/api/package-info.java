/**
 * The SDK for CRM channel plugins: how the CRM talks to customers over e-mail, SMS, a WeChat
 * official account, a webhook, or any other channel.
 *
 * <p>A channel plugin is a <a href="https://pf4j.org">PF4J</a> plugin with one
 * {@link org.pf4j.Extension @Extension} class implementing {@link dev.crm.plugin.api.ChannelAdapter}.
 * It depends on this jar and PF4J alone, both in {@code provided} scope: the CRM supplies them at
 * run time, and a plugin that bundles its own copy is not recognised.
 *
 * <ul>
 *   <li>Outbound: the CRM calls {@link dev.crm.plugin.api.ChannelAdapter#send} with an
 *       {@link dev.crm.plugin.api.OutboundMessage}; the adapter answers with a
 *       {@link dev.crm.plugin.api.DeliveryResult} that tells the CRM whether to retry.</li>
 *   <li>Inbound: the provider calls {@code POST /api/v1/channels/{channelId}/inbound}; the CRM hands
 *       the raw {@link dev.crm.plugin.api.InboundRequest} to
 *       {@link dev.crm.plugin.api.ChannelAdapter#receive}, which verifies it and parses it into
 *       {@link dev.crm.plugin.api.InboundMessage}s, or throws
 *       {@link dev.crm.plugin.api.InboundRejectedException}.</li>
 *   <li>Every call gets a {@link dev.crm.plugin.api.ChannelContext}: the settings of the configured
 *       channel instance and the clock to use.</li>
 * </ul>
 *
 * <p>All value types are immutable records that check their arguments and throw
 * {@link java.lang.IllegalArgumentException} or {@link java.lang.NullPointerException} when
 * given an invalid value. The jar's README is the step-by-step guide (manifest, build, example).
 */
package dev.crm.plugin.api;
