<?xml version="1.0" encoding="UTF-8"?>
<!-- Synthetic stand-in for LoC's marc2bibframe2.xsl: one bf:Work per record (baseuri + 001 + #Work) with its 245 $a
     as a title, and it stops, as xsltproc does on a stylesheet error, when any record's 001 is "bad". -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:marc="http://www.loc.gov/MARC21/slim" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:bf="http://id.loc.gov/ontologies/bibframe/">
  <xsl:param name="baseuri"/>
  <xsl:template match="/">
    <xsl:if test="//marc:controlfield[@tag='001'] = 'bad'">
      <xsl:message terminate="yes">bad record</xsl:message>
    </xsl:if>
    <rdf:RDF>
      <xsl:for-each select="//marc:record">
        <bf:Work rdf:about="{$baseuri}{marc:controlfield[@tag='001']}#Work">
          <bf:title><bf:Title><bf:mainTitle><xsl:value-of select="marc:datafield[@tag='245']/marc:subfield[@code='a']"/></bf:mainTitle></bf:Title></bf:title>
        </bf:Work>
      </xsl:for-each>
    </rdf:RDF>
  </xsl:template>
</xsl:stylesheet>
