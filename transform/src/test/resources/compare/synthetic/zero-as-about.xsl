<?xml version="1.0" encoding="UTF-8"?>
<!-- Synthetic stand-in for LoC's marc2bibframe2.xsl: per record a bf:Work (baseuri + 001 + #Work) with its 245 $a as
     a title and, for each 1XX/7XX, a contribution whose agent is named by the field's last $0 copied as it stands
     (as LoC's stylesheet does), labelled with $a. A $0 written "(uri) http://…" so gives an rdf:about that is not
     an IRI. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:marc="http://www.loc.gov/MARC21/slim" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#" xmlns:bf="http://id.loc.gov/ontologies/bibframe/">
  <xsl:param name="baseuri"/>
  <xsl:template match="/">
    <rdf:RDF>
      <xsl:for-each select="//marc:record">
        <bf:Work rdf:about="{$baseuri}{marc:controlfield[@tag='001']}#Work">
          <bf:title><bf:Title><bf:mainTitle><xsl:value-of select="marc:datafield[@tag='245']/marc:subfield[@code='a']"/></bf:mainTitle></bf:Title></bf:title>
          <xsl:for-each select="marc:datafield[starts-with(@tag,'1') or starts-with(@tag,'7')][marc:subfield[@code='0']]">
            <bf:contribution>
              <bf:Contribution>
                <bf:agent>
                  <bf:Agent rdf:about="{marc:subfield[@code='0'][last()]}">
                    <rdfs:label><xsl:value-of select="marc:subfield[@code='a']"/></rdfs:label>
                  </bf:Agent>
                </bf:agent>
              </bf:Contribution>
            </bf:contribution>
          </xsl:for-each>
        </bf:Work>
      </xsl:for-each>
    </rdf:RDF>
  </xsl:template>
</xsl:stylesheet>
