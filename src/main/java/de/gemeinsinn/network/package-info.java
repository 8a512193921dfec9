/**
 * The network directory: regions, member cities with their coordination offices, focus topics
 * and Quartiere. Other modules look cities up through {@link de.gemeinsinn.network.CityDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network directory")
package de.gemeinsinn.network;
