/** News articles by the network office or a city, with teaser images, tags and an Atom feed. */
@org.springframework.modulith.ApplicationModule(displayName = "News")
package de.gemeinsinn.news;
