<?xml version="1.0"?>
<!-- A stand-in for LoC's marc2bibframe2.xsl (synthetic, see SOURCES.md): a Work titled from 245 $a and an Instance
     (with its LCCN from 010 $a) per record, named by 001 under the baseuri parameter, in LoC's RDF/XML layout. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:marc="http://www.loc.gov/MARC21/slim"
                xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                xmlns:bf="http://id.loc.gov/ontologies/bibframe/"
                exclude-result-prefixes="marc">
  <xsl:param name="baseuri"/>
  <xsl:param name="pGenerationDatestamp"/>
  <xsl:template match="/">
    <rdf:RDF>
      <xsl:for-each select="//marc:record">
        <xsl:variable name="id" select="normalize-space(marc:controlfield[@tag='001'])"/>
        <bf:Work rdf:about="{$baseuri}{$id}#Work">
          <bf:title>
            <bf:Title>
              <bf:mainTitle><xsl:value-of select="marc:datafield[@tag='245']/marc:subfield[@code='a']"/></bf:mainTitle>
            </bf:Title>
          </bf:title>
        </bf:Work>
        <bf:Instance rdf:about="{$baseuri}{$id}#Instance">
          <xsl:for-each select="marc:datafield[@tag='010']/marc:subfield[@code='a']">
            <bf:identifiedBy>
              <bf:Lccn>
                <rdf:value><xsl:value-of select="normalize-space(.)"/></rdf:value>
              </bf:Lccn>
            </bf:identifiedBy>
          </xsl:for-each>
        </bf:Instance>
      </xsl:for-each>
    </rdf:RDF>
  </xsl:template>
</xsl:stylesheet>
